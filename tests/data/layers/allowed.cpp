#include "domain/Credential.h"
#include "Own.h"
