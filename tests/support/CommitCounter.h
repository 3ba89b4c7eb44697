#pragma once

// Counts the transactions a database connection commits, through SQLite's own commit hook: the
// program keeps no counter for the tests. In CMake: LIBS SQLite::SQLite3.

#include "storage/Database.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace cctest {

class CommitCounter
{
public:
    explicit CommitCounter(const cc::Database &database)
    {
        const QVariant handle = database.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        if (m_handle)
            sqlite3_commit_hook(m_handle, &CommitCounter::committed, this);
    }
    ~CommitCounter()
    {
        if (m_handle)
            sqlite3_commit_hook(m_handle, nullptr, nullptr);
    }
    CommitCounter(const CommitCounter &) = delete;
    CommitCounter &operator=(const CommitCounter &) = delete;

    bool isAttached() const { return m_handle != nullptr; }
    int count() const { return m_count; }

private:
    static int committed(void *self)
    {
        ++static_cast<CommitCounter *>(self)->m_count;
        return 0; // let the commit go ahead
    }

    sqlite3 *m_handle = nullptr;
    int m_count = 0;
};

} // namespace cctest
