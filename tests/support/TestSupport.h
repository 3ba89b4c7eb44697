#pragma once

// Helpers shared by the tests: fixtures of obviously fake credentials, and a way to wait for an
// asynchronous repository call without a nested event loop of our own.

#include "domain/Credential.h"
#include "services/CredentialRepository.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"
#include "vendors/Twilio.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest/QtTest>

#include <optional>

namespace cctest {

// Obvious fakes for the required fields of each registered vendor's form, secrets included, by the
// vendor's stored id; never a real account, token or phone number. A vendor added to the registry
// adds its own (tst_schema fails until it does).
inline QHash<QString, QVariantMap> fakeFieldsByVendor()
{
    const auto s = [](const char *text) { return QVariant(QString::fromLatin1(text)); };
    // A Conversation API app (Sinch MMS and Sinch RCS).
    const QVariantMap conversationApp{{QStringLiteral("projectId"), s("fake-project-0001")},
                                      {QStringLiteral("appId"), s("FAKEAPP0001")},
                                      {QStringLiteral("apiToken"), s("RkFLRTpGQUtF")}, // Base64 of FAKE:FAKE
                                      {QStringLiteral("servicePlanId"), s("fake-plan-0001")},
                                      {QStringLiteral("smsApiToken"), s("FAKE-SMS-TOKEN-0001")}};
    return {
        {QStringLiteral("sinch"),
         {{QStringLiteral("serviceId"), s("fake-service-0001")}, {QStringLiteral("apiToken"), s("FAKE-TOKEN-0001")}}},
        {QStringLiteral("sinch-mms"), conversationApp},
        {QStringLiteral("sinch-rcs"), conversationApp},
        {QStringLiteral("infobip"),
         {{QStringLiteral("baseUrl"), s("https://fake.api.infobip.example")},
          {QStringLiteral("apiKey"), s("FAKE-KEY-0001")}}},
        {QStringLiteral("twilio"),
         {{QStringLiteral("accountSid"), s("ACfa4e0000000000000000000000000001")},
          {QStringLiteral("authToken"), s("fake-token-twilio-0001")},
          {QStringLiteral("messagingServiceSid"), s("MGfa4e0000000000000000000000000001")}}},
        {QStringLiteral("custom"),
         {{QStringLiteral("providerAppId"), s("fake-app-0001")},
          {QStringLiteral("providerName"), s("Fake SMS Provider")},
          {QStringLiteral("providerUrl"), s("https://sms.fake-provider.example/v1/messages")},
          {QStringLiteral("authType"), s("api-key")},
          {QStringLiteral("apiToken"), s("FAKE-CUSTOM-KEY-0001")}}},
    };
}

inline QVariantMap fakeFields(cc::Vendor vendor)
{
    return fakeFieldsByVendor().value(cc::schemaFor(vendor).id);
}

// A credential with the fake values of its required fields (its secrets are not set).
inline cc::Credential fakeCredential(cc::Vendor vendor, const QString &name)
{
    cc::Credential c = cc::Credential::create(vendor);
    c.values.insert(cc::kNameKey, name);
    const QVariantMap fakes = fakeFields(vendor);
    for (auto it = fakes.begin(); it != fakes.end(); ++it) {
        if (!c.schema().field(it.key())->isSecret())
            c.values.insert(it.key(), it.value());
    }
    return c;
}

// The JSON credentials file of earlier versions (which the store migrates), holding these.
inline QByteArray legacyFile(const QVector<cc::Credential> &list, int schemaVersion = 1)
{
    QJsonArray entries;
    for (const cc::Credential &c : list) {
        QJsonObject check{{QStringLiteral("state"), QString(cc::CheckStatus::stateName(c.lastCheck.state))}};
        if (c.lastCheck.at.isValid())
            check.insert(QStringLiteral("at"), c.lastCheck.at.toString(Qt::ISODateWithMs));
        check.insert(QStringLiteral("detail"), c.lastCheck.detail);
        entries.append(QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("vendor"), c.schema().id},
                                   {QStringLiteral("created"), c.created.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("modified"), c.modified.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("fields"), QJsonObject::fromVariantMap(c.values)},
                                   {QStringLiteral("secretsSet"), QJsonArray::fromStringList(c.secretsSet)},
                                   {QStringLiteral("lastCheck"), check}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("channel-console/credentials")},
                                     {QStringLiteral("schemaVersion"), schemaVersion},
                                     {QStringLiteral("credentials"), entries}})
        .toJson();
}

// Every byte of the files in a folder (a database's file and its write-ahead log), for a text that
// must not be there.
inline QByteArray bytesOfFilesIn(const QString &folder)
{
    QByteArray all;
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile f(QDir(folder).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// What another process opening the database at path now would find.
inline QVector<cc::Credential> storedIn(const QString &path)
{
    cc::CredentialStore other(path);
    return other.load().ok() ? other.credentials() : QVector<cc::Credential>();
}

// The list in the order a store reads it from the database: by name (the window's adds come after the
// rows it read, until the next read).
inline QVector<cc::Credential> inNameOrder(QVector<cc::Credential> list)
{
    std::sort(list.begin(), list.end(), [](const cc::Credential &a, const cc::Credential &b) {
        return cc::nameKeyLess(cc::CredentialStore::nameKey(a.name()), cc::CredentialStore::nameKey(b.name()));
    });
    return list;
}

// Runs a repository call and waits (processing events) until its callback arrives.
template <typename Call> cc::CredentialRepository::Outcome waitFor(Call call, int timeoutMs = 30000)
{
    std::optional<cc::CredentialRepository::Outcome> result;
    call([&result](const cc::CredentialRepository::Outcome &o) { result = o; });
    [&] { QTRY_VERIFY2_WITH_TIMEOUT(result.has_value(), "the repository never answered", timeoutMs); }();
    return result.value_or(cc::CredentialRepository::Outcome{false, QStringLiteral("timeout")});
}

template <typename Call> cc::SecretResult waitForSecret(Call call, int timeoutMs = 30000)
{
    std::optional<cc::SecretResult> result;
    call([&result](const cc::SecretResult &r) { result = r; });
    [&] { QTRY_VERIFY2_WITH_TIMEOUT(result.has_value(), "the keychain never answered", timeoutMs); }();
    return result.value_or(cc::SecretResult{cc::SecretError::Other, {}, QStringLiteral("timeout")});
}

} // namespace cctest
