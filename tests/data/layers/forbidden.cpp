#include "domain/Credential.h"
#include "ui/MainWindow.h"
