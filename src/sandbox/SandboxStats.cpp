#include "SandboxStats.h"

namespace Sandbox {

namespace {
QJsonObject toObject(const QHash<QString, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

void SandboxStats::reset()
{
    m_requests.clear();
    m_responses.clear();
    m_faults.clear();
    m_total = 0;
}

QJsonObject SandboxStats::toJson() const
{
    return QJsonObject{{QStringLiteral("total"), m_total},
                       {QStringLiteral("requests"), toObject(m_requests)},
                       {QStringLiteral("responses"), toObject(m_responses)},
                       {QStringLiteral("faults"), toObject(m_faults)}};
}

} // namespace Sandbox
