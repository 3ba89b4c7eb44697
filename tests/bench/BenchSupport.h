#pragma once

// Shared by the benchmarks: timing, the process's peak memory, the generated credentials file and
// the report of a start-up measured in a fresh process.

#include "services/CredentialStore.h"
#include "vendors/Infobip.h"
#include "vendors/SinchMms.h"
#include "vendors/SinchSms.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace ccbench {

inline qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

inline double worst(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

// The peak resident set of this process so far, in KiB (VmHWM).
inline qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// A realistic list: the three vendors in turn, names like "Acme Retail 0042 EU", their secrets set
// some days ago, and most of them checked: half passed, a quarter failed. Vendors and outcomes also
// vary among the names that sort together (a brand and team every 48 rows).
inline QVector<cc::Credential> fakeCredentials(int count)
{
    const cc::Vendor vendors[] = {cc::sinchsms::vendor(), cc::sinchmms::vendor(), cc::infobip::vendor()};
    const QDateTime checkedAt(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    static const char *const brands[] = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"};
    static const char *const teams[] = {"Retail", "Alerts", "Marketing", "Support", "Billing", "Logistics"};
    static const char *const regions[] = {"eu", "us", "au", "br", "ca"};
    QVector<cc::Credential> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int turn = i + i / 48;
        const cc::Vendor vendor = vendors[turn % 3];
        cc::Credential c = cc::Credential::create(vendor);
        const QString region = QLatin1String(regions[i % 5]);
        c.values.insert(cc::kNameKey, QStringLiteral("%1 %2 %3 %4")
                                          .arg(QLatin1String(brands[i % 8]), QLatin1String(teams[(i / 8) % 6]))
                                          .arg(i, 4, 10, QLatin1Char('0'))
                                          .arg(region.toUpper()));
        if (vendor == cc::sinchsms::vendor()) {
            c.values.insert(QStringLiteral("serviceId"),
                            QStringLiteral("fake-plan-%1").arg(i, 5, 10, QLatin1Char('0')));
            c.values.insert(QStringLiteral("region"), region);
        } else if (vendor == cc::sinchmms::vendor()) {
            c.values.insert(QStringLiteral("projectId"), QStringLiteral("fake-project-%1").arg(i));
            c.values.insert(QStringLiteral("appId"), QStringLiteral("FAKEAPP%1").arg(i));
            c.values.insert(QStringLiteral("servicePlanId"), QStringLiteral("fake-plan-%1").arg(i));
        } else if (vendor == cc::infobip::vendor()) {
            c.values.insert(QStringLiteral("baseUrl"), QStringLiteral("https://fake%1.api.infobip.example").arg(i));
        }
        c.secretsSet = c.schema().secretKeys();
        c.secretsSetAt = checkedAt.addDays(-(i % 200));
        if (turn % 4 != 3) {
            c.lastCheck = {turn % 4 == 2 ? cc::CheckStatus::State::Failing : cc::CheckStatus::State::Ok,
                           checkedAt.addSecs(i), turn % 4 == 2 ? QStringLiteral("HTTP 401") : QString()};
        }
        out.append(c);
    }
    return out;
}

inline bool writeStore(const QString &path, int count)
{
    cc::CredentialStore store(path);
    QString error;
    return store.load().ok() && store.setCredentials(fakeCredentials(count), &error);
}

// For the start-up executables: once the window has painted for the first time, prints
// "paintMs=<ms since CC_BENCH_T0_NS> rssKiB=<peak>" and, after `extra` has added its own fields
// a moment later (anything deferred has run by then), calls beforeQuit and quits.
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(QWidget *window, std::function<QString()> extra, std::function<void()> beforeQuit = {})
        : m_window(window)
        , m_extra(std::move(extra))
        , m_beforeQuit(std::move(beforeQuit))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_painted = true;
            // Right after this paint pass (every widget of the window paints in the same pass).
            QTimer::singleShot(0, this, [this] {
                const double ms = (monotonicNs() - qEnvironmentVariable("CC_BENCH_T0_NS").toLongLong()) / 1e6;
                m_line = QStringLiteral("paintMs=%1 rssKiB=%2").arg(ms, 0, 'f', 1).arg(peakRssKiB());
                QTimer::singleShot(500, this, [this] {
                    std::printf("%s %s\n", qPrintable(m_line), qPrintable(m_extra ? m_extra() : QString()));
                    std::fflush(stdout);
                    if (m_beforeQuit)
                        m_beforeQuit();
                    QCoreApplication::quit();
                });
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<QString()> m_extra;
    std::function<void()> m_beforeQuit;
    QString m_line;
    bool m_painted = false;
};

} // namespace ccbench
