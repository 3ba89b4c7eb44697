#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace cc {

enum class SecretError {
    None,
    NotFound,   // no such entry (a locked keyring says this too on read)
    NoKeychain, // no Secret Service, no D-Bus session, no backend
    Locked,     // the keyring is locked or refused access
    Other,
};

struct SecretResult
{
    SecretError error = SecretError::None;
    QString value;  // read only
    QString detail; // the backend's own words, English, for the log; never shown alone

    bool ok() const { return error == SecretError::None; }
    // A translated sentence that says what is wrong and what to do.
    QString message() const;
};

// Where secrets live: one entry per secret field, keyed channel-console/<credential-id>/<field>.
// Every call is asynchronous; the callback runs later on the caller's thread, never inside the call.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    // How many reads were started; opening the console must start none.
    int readCount() const { return m_reads; }

    static QString keyFor(const QString &credentialId, const QString &field);
    static QString serviceName() { return QStringLiteral("channel-console"); }

protected:
    void countRead() { ++m_reads; }

private:
    int m_reads = 0;
};

} // namespace cc
