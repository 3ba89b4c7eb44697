#pragma once

#include <QIcon>

namespace cc {

// The list's tool buttons' icons, drawn as lines in the palette's button text colour (its
// disabled colour when disabled), sharp at any size and pixel ratio. Drawn rather than loaded:
// Qt's standard icons decode three PNG sizes each when they are made, about 5 ms of the console's
// start-up for the six tools, and they follow neither a dark palette nor a high pixel ratio.
// More* point to what does not fit: the menu bar's overflow button (see ConsoleStyle).
enum class ToolGlyph { Edit, Duplicate, Delete, Check, TestSend, SetUpChannel, MoreRight, MoreLeft, MoreDown };

QIcon toolIcon(ToolGlyph glyph);

} // namespace cc
