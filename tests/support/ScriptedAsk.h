#pragma once

// Answers the console's questions and warnings (cc::Ask) without showing them: each test says the
// next answer in advance, and can read what was asked. Installed before main() in every test that
// includes it; a question with no answer set is refused (the safe choice), never shown.

#include "Ask.h"

namespace cctest {

class ScriptedAsk
{
public:
    // The answer the next question gets (true = confirm); after it, questions are refused again.
    static void setNextAnswer(bool confirm) { state().next = confirm ? 1 : 0; }
    // The text of the last question or warning, and its buttons (none for a warning).
    static QString lastText() { return state().last.text; }
    static QStringList lastButtons() { return state().last.buttons; }
    static int asked() { return state().count; }

    static bool answer(QWidget *, const cc::Ask::Question &question)
    {
        State &s = state();
        s.last = question;
        ++s.count;
        const bool yes = s.next == 1;
        s.next = -1;
        return yes;
    }

    // While one lives, questions are asked for real (a message box the test answers itself).
    struct RealQuestions
    {
        RealQuestions() { cc::Ask::setAnswerer(nullptr); }
        ~RealQuestions() { cc::Ask::setAnswerer(&ScriptedAsk::answer); }
        RealQuestions(const RealQuestions &) = delete;
        RealQuestions &operator=(const RealQuestions &) = delete;
    };

private:
    struct State
    {
        int next = -1;
        cc::Ask::Question last;
        int count = 0;
    };
    static State &state()
    {
        static State s;
        return s;
    }
};

inline const bool kScriptedAskInstalled = (cc::Ask::setAnswerer(&ScriptedAsk::answer), true);

} // namespace cctest
