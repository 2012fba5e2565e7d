#include "MemberPageWriter.h"

#include "FieldFilter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox {

namespace {
const QString kEmail = QStringLiteral("email");
const QString kPicture = QStringLiteral("picture");
const QString kName = QStringLiteral("name");
} // namespace

MemberPageWriter::Fields MemberPageWriter::fieldsFor(const SandboxRequest &request)
{
    const FieldFilter filter(request);
    Fields fields;
    fields.userId = filter.includes(QStringLiteral("user_id"));
    fields.email = filter.includes(kEmail);
    fields.picture = filter.includes(kPicture);
    fields.name = filter.includes(kName);
    fields.roles = filter.explicitlyRequested(QStringLiteral("roles"));
    return fields;
}

MemberPageWriter::MemberPageWriter(const EntityTable &users, const EntityTable &roles, const Fields &fields)
    : m_users(users)
    , m_roles(roles)
    , m_fields(fields)
{
    // A row with every field is about 250 bytes; a page holds at most 100.
    m_rows.reserve(16 * 1024);
}

void MemberPageWriter::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart)
            out.append(text.mid(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'"': out.append("\\\""); break;
        case u'\\': out.append("\\\\"); break;
        case u'\b': out.append("\\b"); break;
        case u'\f': out.append("\\f"); break;
        case u'\n': out.append("\\n"); break;
        case u'\r': out.append("\\r"); break;
        case u'\t': out.append("\\t"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    flush(text.size());
    out.append('"');
}

void MemberPageWriter::appendKey(const char *key)
{
    if (!m_firstInRow)
        m_rows.append(',');
    m_firstInRow = false;
    m_rows.append('"').append(key).append("\":");
}

void MemberPageWriter::appendValue(const QJsonValue &value)
{
    if (value.isString()) {
        appendString(m_rows, value.toString());
        return;
    }
    // Not what Auth0 stores for these fields, but whatever a seeded user holds is written faithfully.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    m_rows.append(wrapped.mid(1, wrapped.size() - 2));
}

void MemberPageWriter::append(const QString &userId, const QStringList &roleIds)
{
    if (m_count > 0)
        m_rows.append(',');
    ++m_count;
    m_rows.append('{');
    m_firstInRow = true;
    if (m_fields.userId) {
        appendKey("user_id");
        appendString(m_rows, userId);
    }
    if (const QJsonObject *user = m_users.find(userId)) {
        // Only what the user record has: a phone-only user has no email.
        const auto copy = [this, user](bool wanted, const char *key, const QString &name) {
            if (!wanted)
                return;
            const QJsonValue value = user->value(name);
            if (value.isUndefined())
                return;
            appendKey(key);
            appendValue(value);
        };
        copy(m_fields.email, "email", kEmail);
        copy(m_fields.picture, "picture", kPicture);
        copy(m_fields.name, "name", kName);
    }
    if (m_fields.roles) {
        // Inline roles carry only id and name (recorded: TestOrganizationManager_Members).
        appendKey("roles");
        m_rows.append('[');
        bool first = true;
        for (const QString &roleId : roleIds) {
            const QJsonObject *role = m_roles.find(roleId);
            if (!role)
                continue;
            if (!first)
                m_rows.append(',');
            first = false;
            m_rows.append("{\"id\":");
            appendString(m_rows, roleId);
            m_rows.append(",\"name\":");
            appendValue(role->value(kName));
            m_rows.append('}');
        }
        m_rows.append(']');
    }
    m_rows.append('}');
}

QByteArray MemberPageWriter::array() const
{
    QByteArray out;
    out.reserve(m_rows.size() + 2);
    return out.append('[').append(m_rows).append(']');
}

QByteArray MemberPageWriter::envelope(qint64 start, qint64 limit, qint64 total) const
{
    QByteArray out;
    out.reserve(m_rows.size() + 64);
    out.append("{\"members\":[").append(m_rows).append("],\"start\":").append(QByteArray::number(start));
    out.append(",\"limit\":").append(QByteArray::number(limit));
    out.append(",\"total\":").append(QByteArray::number(total)).append('}');
    return out;
}

QByteArray MemberPageWriter::checkpoint(const QString &next) const
{
    QByteArray out;
    out.reserve(m_rows.size() + 128);
    out.append("{\"members\":[").append(m_rows).append(']');
    if (!next.isEmpty()) {
        out.append(",\"next\":");
        appendString(out, next);
    }
    return out.append('}');
}

} // namespace Sandbox
