#pragma once

#include <QRandomGenerator>
#include <QString>

namespace Sandbox {

// Which faults the sandbox injects into /api/v2 traffic, and how often.
// Parsed from "--faults 500=0.1,drop=0.05,delay=0.2:300,..." and drawn from
// a seeded generator so that a test run is repeatable.
class FaultPlan final
{
public:
    enum class Fault {
        None,
        Status500,
        Status502,
        Status503,
        Drop,       // connection closed before the request is handled
        Lost,       // request handled, then the connection closed: the client cannot know
        Delay,      // answered after delayMs
        Hang,       // never answered; the connection stays open
        Truncate,   // body cut short of its Content-Length, then closed
        Malformed,  // 200 with a body that is not JSON
        Html,       // 502 with an HTML error page from a "proxy"
    };

    struct Rates
    {
        double status500 = 0, status502 = 0, status503 = 0, drop = 0, lost = 0, delay = 0, hang = 0, truncate = 0,
               malformed = 0, html = 0;
    };

    FaultPlan() = default;

    // Returns an empty string on success, otherwise what is wrong with spec.
    QString parse(const QString &spec);
    void setSeed(quint32 seed) { m_random.seed(seed); }
    void setRates(const Rates &rates) { m_rates = rates; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    // Limits faults to paths that contain this text (empty: every /api/v2 path).
    void setPathFilter(const QString &filter) { m_pathFilter = filter; }

    bool active() const;
    Fault draw(const QString &path);
    int delayMs() const { return m_delayMs; }
    Rates rates() const { return m_rates; }
    QString pathFilter() const { return m_pathFilter; }

    static QString name(Fault fault);

private:
    Rates m_rates;
    int m_delayMs = 500;
    QString m_pathFilter;
    QRandomGenerator m_random{42};
};

} // namespace Sandbox
