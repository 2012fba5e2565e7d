#include "FaultPlan.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace Sandbox {

namespace {
struct Entry
{
    const char *key;
    double FaultPlan::Rates::*rate;
    FaultPlan::Fault fault;
};

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> list{
        {"500", &FaultPlan::Rates::status500, FaultPlan::Fault::Status500},
        {"502", &FaultPlan::Rates::status502, FaultPlan::Fault::Status502},
        {"503", &FaultPlan::Rates::status503, FaultPlan::Fault::Status503},
        {"drop", &FaultPlan::Rates::drop, FaultPlan::Fault::Drop},
        {"lost", &FaultPlan::Rates::lost, FaultPlan::Fault::Lost},
        {"delay", &FaultPlan::Rates::delay, FaultPlan::Fault::Delay},
        {"hang", &FaultPlan::Rates::hang, FaultPlan::Fault::Hang},
        {"truncate", &FaultPlan::Rates::truncate, FaultPlan::Fault::Truncate},
        {"malformed", &FaultPlan::Rates::malformed, FaultPlan::Fault::Malformed},
        {"html", &FaultPlan::Rates::html, FaultPlan::Fault::Html},
    };
    return list;
}
} // namespace

QString FaultPlan::parse(const QString &spec)
{
    Rates rates;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        const int eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return QStringLiteral("expected NAME=RATE, got \"%1\"").arg(item);
        const QString key = item.left(eq);
        QString value = item.mid(eq + 1);
        if (key == QLatin1String("delay") && value.contains(QLatin1Char(':'))) {
            bool okMs = false;
            const int ms = value.section(QLatin1Char(':'), 1).toInt(&okMs);
            if (!okMs || ms < 0)
                return QStringLiteral("delay takes RATE:MILLISECONDS, got \"%1\"").arg(value);
            m_delayMs = ms;
            value = value.section(QLatin1Char(':'), 0, 0);
        }
        bool ok = false;
        const double rate = value.toDouble(&ok);
        if (!ok || rate < 0 || rate > 1)
            return QStringLiteral("rate for %1 must be a number from 0 to 1, got \"%2\"").arg(key, value);
        bool known = false;
        for (const Entry &entry : entries()) {
            if (key == QLatin1String(entry.key)) {
                rates.*entry.rate = rate;
                known = true;
            }
        }
        if (!known)
            return QStringLiteral("unknown fault \"%1\" (known: 500, 502, 503, drop, lost, delay, hang, truncate, "
                                  "malformed, html)")
                .arg(key);
    }
    double total = 0;
    for (const Entry &entry : entries())
        total += rates.*entry.rate;
    if (total > 1.0)
        return QStringLiteral("fault rates add up to more than 1");
    m_rates = rates;
    return {};
}

bool FaultPlan::active() const
{
    for (const Entry &entry : entries()) {
        if (m_rates.*entry.rate > 0)
            return true;
    }
    return false;
}

FaultPlan::Fault FaultPlan::draw(const QString &path)
{
    if (!active() || (!m_pathFilter.isEmpty() && !path.contains(m_pathFilter)))
        return Fault::None;
    const double roll = m_random.generateDouble();
    double cumulative = 0;
    for (const Entry &entry : entries()) {
        cumulative += m_rates.*entry.rate;
        if (roll < cumulative)
            return entry.fault;
    }
    return Fault::None;
}

QString FaultPlan::name(Fault fault)
{
    for (const Entry &entry : entries()) {
        if (entry.fault == fault)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("none");
}

} // namespace Sandbox
