#include "FieldFilter.h"

namespace Sandbox {

FieldFilter::FieldFilter(const SandboxRequest &request)
{
    const QString fields = request.queryValue(QStringLiteral("fields"));
    for (const QString &field : fields.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_fields.insert(field.trimmed());
    m_include = request.queryValue(QStringLiteral("include_fields")) != QLatin1String("false");
}

bool FieldFilter::includes(const QString &field) const
{
    if (m_fields.isEmpty())
        return true;
    return m_include == m_fields.contains(field);
}

QJsonObject FieldFilter::apply(const QJsonObject &object) const
{
    if (m_fields.isEmpty())
        return object;
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (includes(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace Sandbox
