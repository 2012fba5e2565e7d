#pragma once

#include "SandboxRequest.h"

#include <QJsonObject>
#include <QSet>

namespace Sandbox {

// fields=a,b&include_fields=true|false, applied to each returned object.
class FieldFilter final
{
public:
    explicit FieldFilter(const SandboxRequest &request);

    bool active() const { return !m_fields.isEmpty(); }
    bool includes(const QString &field) const; // would this field be returned if present?
    bool explicitlyRequested(const QString &field) const { return m_include && m_fields.contains(field); }
    QJsonObject apply(const QJsonObject &object) const;

private:
    QSet<QString> m_fields;
    bool m_include = true;
};

} // namespace Sandbox
