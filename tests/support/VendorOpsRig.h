#pragma once

// The vendor operations over a real HttpClient, against a fresh fake vendor on 127.0.0.1: what the
// operation tests start in init() and check in cleanup().

#include "FakeVendorServer.h"
#include "OpenApiValidator.h"
#include "net/HttpClient.h"
#include "services/VendorOperations.h"

#include <QNetworkAccessManager>
#include <QtTest/QtTest>

#include <memory>
#include <optional>

namespace cctest {

struct VendorOpsRig
{
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<cc::HttpClient> client;
    std::unique_ptr<cc::VendorOperations> ops;
    std::unique_ptr<FakeVendorServer> server;

    void start()
    {
        manager = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<cc::HttpClient>(manager.get());
        client->setTransferTimeout(10000);
        ops = std::make_unique<cc::VendorOperations>(client.get());
        server = std::make_unique<FakeVendorServer>();
        QVERIFY(server->isListening());
    }

    void stop()
    {
        ops.reset();
        client.reset();
        server.reset();
        manager.reset();
    }

    // What the server received, as the request it was, against the spec specOf(request) names; a
    // request for which it names none (nullptr) is another test's to check.
    template <typename SpecOf> void verifyRequestsConform(SpecOf specOf) const
    {
        for (const RecordedRequest &got : server->requests()) {
            const OpenApiSpec *spec = specOf(got);
            if (!spec)
                continue;
            const QStringList problems =
                spec->checkReceived(server->url(), got.method, got.path, got.query, got.headers, got.body);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(got.path + QLatin1String(": ") + problems.join(QLatin1String("; "))));
        }
    }

    // Starts an operation and waits (processing events) for its result.
    template <typename Start> static cc::OperationResult run(Start start)
    {
        std::optional<cc::OperationResult> result;
        start([&result](const cc::OperationResult &r) { result = r; });
        [&] { QTRY_VERIFY2_WITH_TIMEOUT(result.has_value(), "the operation never finished", 20000); }();
        return result.value_or(cc::OperationResult());
    }
};

} // namespace cctest
