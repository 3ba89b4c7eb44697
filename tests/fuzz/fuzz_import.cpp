// The import parser: any file a user picks gives a plan, never a crash.
#include "FuzzInput.h"
#include "services/CredentialStore.h"
#include "services/CredentialTransfer.h"
#include "vendors/SinchSms.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static cc::CredentialStore *store = [] {
        auto *s = new cc::CredentialStore(QStringLiteral("/fuzz/credentials.json"));
        cc::Credential c = cc::Credential::create(cc::sinchsms::vendor());
        c.values.insert(cc::kNameKey, QStringLiteral("Existing"));
        s->setCredentials({c});
        return s;
    }();
    const QByteArray input = ccfuzz::bytes(data, size);
    for (const auto policy : {cc::CredentialTransfer::ClashPolicy::Rename, cc::CredentialTransfer::ClashPolicy::Skip}) {
        const auto plan = cc::CredentialTransfer::plan(input, *store, policy);
        (void)plan.summary();
        // What the command line and the import dialog say of each entry.
        for (const cc::CredentialTransfer::Item &item : plan.items) {
            (void)item.shownName();
            (void)item.refusal();
        }
        // What would be imported exports again.
        (void)cc::CredentialTransfer::exportJson(plan.toImport());
    }
    return 0;
}
