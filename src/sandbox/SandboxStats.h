#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Sandbox {

// Counts of requests by "METHOD /route/{pattern}" and of responses by status,
// served at GET /sandbox/stats so tests and benchmarks can see what a client sent.
class SandboxStats final
{
public:
    void countRequest(const QString &routeKey) { ++m_requests[routeKey]; ++m_total; }
    void countResponse(int status) { ++m_responses[QString::number(status)]; }
    void countFault(const QString &fault) { ++m_faults[fault]; }
    void reset();

    int requests(const QString &routeKey) const { return m_requests.value(routeKey); }
    int responses(int status) const { return m_responses.value(QString::number(status)); }
    qint64 total() const { return m_total; }
    QJsonObject toJson() const;

private:
    QHash<QString, int> m_requests;
    QHash<QString, int> m_responses;
    QHash<QString, int> m_faults;
    qint64 m_total = 0;
};

} // namespace Sandbox
