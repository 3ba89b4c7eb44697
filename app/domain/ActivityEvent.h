#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <utility>

namespace cc {

class Redactor;
struct NetError;
enum class SecretError;

// How an event is worded: its code, the sentence (a translation source in context) with %1, %2, ...
// for the arguments named in args, in order ("verbatim": the words not ours; "field": the translated
// label of the field with that key in the schema of the vendor named by the "vendor" argument). A
// null source: the first argument as it is (a file name), or nothing when there is none (a
// credential created: the action and outcome say it all). The sentences keep the translation
// context of the class that said them before the log kept codes, so that their translations stay.
struct EventSentence
{
    const char *code;
    const char *context;
    const char *source;
    const char *args[3];
    const char *withoutVerbatim; // said instead when there are no verbatim words
};

// What happened, as the activity log keeps it: a stable code ("check.ok", "send.maybe-sent",
// "storage.name-taken"), its arguments (names, HTTP statuses, IDs, counts; never a secret) and the
// words that are not ours (a vendor's, SQLite's), which are shown as they are and never translated.
// text() words it in the language in use when it is shown, so the log never keeps a translation.
// The codes and their sentences are listed in ActivityEvent.cpp. An argument "http" (the status of
// the vendor's last answer) is said first: "HTTP 401: ...".
struct ActivityEvent
{
    QString code;     // stable, English; "legacy" for an entry written before codes, empty for none
    QJsonObject args; // by name; an argument that is itself an event is an object (toJson())
    QString verbatim; // words not ours, shown as they are: a vendor's message, an old entry's text

    ActivityEvent() = default;
    explicit ActivityEvent(QString code, QJsonObject args = {}, QString verbatim = {});
    // The arguments with Latin-1 names: of("check.ok", {{"vendor", name}}).
    static ActivityEvent of(const char *code, std::initializer_list<std::pair<const char *, QJsonValue>> args = {},
                            const QString &verbatim = {});
    // An entry of an earlier version: its text, kept and shown as it was written.
    static ActivityEvent legacy(const QString &text);
    // "keychain.locked", ...: worded as SecretResult::message().
    static ActivityEvent keychain(SecretError error);
    // "check.unauthorized", "send.maybe-sent", ...: an operation ("check", "send", "report", "setup")
    // that failed with this error, worded as NetError::message(); the vendor's message is verbatim.
    static ActivityEvent netError(const char *operation, const NetError &error);

    bool isEmpty() const { return code.isEmpty(); }
    // The one translation: the sentence in the current language (empty for an event that needs none,
    // such as a credential created: the action says it all).
    QString text() const;
    // text after the HTTP status of the answer it is about ("HTTP 401: …"), unless it names that
    // status already ("… (HTTP 401)").
    static QString withHttpStatus(const QString &text, int status);
    // Every text of it (arguments, nested events, verbatim words) through the redactor.
    ActivityEvent redacted(const Redactor &redactor) const;

    QJsonObject toJson() const;
    static ActivityEvent fromJson(const QJsonObject &json);

    bool operator==(const ActivityEvent &other) const
    {
        return code == other.code && args == other.args && verbatim == other.verbatim;
    }
};

} // namespace cc
