#pragma once

// Shared by the libFuzzer targets: turns the fuzzer's bytes into the inputs our parsers take.

#include "net/HttpTypes.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace ccfuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first byte picks the HTTP status (mostly the ones the parsers tell apart), the rest is the body.
inline cc::HttpResponse response(const uint8_t *data, size_t size)
{
    static const int statuses[] = {200, 201, 202, 204, 400, 401, 403, 404, 429, 500, 503, 302};
    cc::HttpResponse r;
    if (size == 0)
        return r;
    r.status = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (data[0] & 0x80)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7")});
    r.body = bytes(data + 1, size - 1);
    return r;
}

} // namespace ccfuzz
