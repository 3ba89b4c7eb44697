#include "Own.h"
#include "domain/Credential.h"
