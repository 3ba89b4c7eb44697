#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cc {

// Characters that names and identifiers must not hold: control characters (C0 with NUL, ESC, CR,
// LF and TAB; DEL; C1), the bidirectional formatting characters and the line and paragraph
// separators. They are invisible, and in a terminal or a text view they clear the screen, move
// the cursor, forge rows or show text in another order than it is stored. A refusal names the
// character with CharacterNames::describe (messaging/CharacterNames.h).
class UnsafeCharacters
{
public:
    struct Found
    {
        char32_t codePoint = 0;
        int position = 0; // 1-based, in characters (code points)
    };

    static bool isUnsafe(char32_t c);
    // The first unsafe character of text, if any.
    static std::optional<Found> find(QStringView text);
    // Text safe to print: each unsafe character written as an escape (\0, \t, \n, \r, \x1b,
    // \u{202E}), except those in keep (a line's own tabs and line ends).
    static QString escaped(QStringView text, QStringView keep = {});
    // Compact JSON with the unsafe characters Qt writes raw (DEL, C1, bidi) escaped as \uXXXX:
    // the same JSON to a parser, nothing a terminal acts on.
    static QString escapedJson(const QByteArray &json);
};

} // namespace cc
