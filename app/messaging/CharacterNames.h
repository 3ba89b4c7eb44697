#pragma once

#include <QString>

namespace cc {

// Characters pointed at by their code point and Unicode name ("U+00A0 NO-BREAK SPACE"), where
// showing them would show nothing: in a refused name, in what forces an SMS into UCS-2. Qt has no
// Unicode name lookup, so the names are a table of the characters that matter here: the controls
// (by their name aliases), the spaces, format and bidirectional characters, fillers, variation
// selectors, and the few combining marks and emoji modifiers that come with a visible character.
// Names are identifiers, spelt as the standard spells them, and stay untranslated.
class CharacterNames
{
public:
    // The Unicode name (or name alias), or nullptr when it is not in the table.
    static const char *name(char32_t c);
    // "U+202E RIGHT-TO-LEFT OVERRIDE", or "U+1F600" alone for a character not in the table.
    static QString describe(char32_t c);
    // True for what shows as nothing or as a blank: controls, format characters, spaces other than
    // U+0020, line and paragraph separators, surrogates, private-use and unassigned code points,
    // variation selectors and fillers.
    static bool isInvisible(char32_t c);
    // True when the character alone, between quotes, would show as a blank or as nothing: a space
    // (U+0020 too), whatever isInvisible says, or a combining mark (drawn on the quote before it).
    // Such a character is shown by describe() instead.
    static bool showsAsNothing(char32_t c);
};

} // namespace cc
