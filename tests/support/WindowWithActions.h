#pragma once

// The main window as the program runs it: with the vendor actions (check, test send, channel set-up),
// which reach no vendor unless a test points a credential at its fake server.

#include "MainWindow.h"
#include "net/HttpClient.h"
#include "services/CredentialActions.h"
#include "services/CredentialRepository.h"
#include "services/VendorOperations.h"

#include <QNetworkAccessManager>

namespace cctest {

struct WindowWithActions
{
    explicit WindowWithActions(cc::CredentialRepository *repository)
        : http(&manager)
        , operations(&http)
        , actions(repository, &operations)
        , window(repository)
    {
        window.setActions(&actions);
    }

    QNetworkAccessManager manager;
    cc::HttpClient http;
    cc::VendorOperations operations;
    cc::CredentialActions actions;
    cc::MainWindow window;
};

} // namespace cctest
