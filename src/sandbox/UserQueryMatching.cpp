#include "UserQuery.h"

#include <QJsonArray>

#include <algorithm>

// Evaluating a parsed query against users; the parser is in UserQuery.cpp.

namespace Sandbox {

namespace {
// Where a term without a field is looked for: the profile, never the metadata.
const QStringList kDefaultFields { QStringLiteral("email"),      QStringLiteral("name"),
                                   QStringLiteral("given_name"), QStringLiteral("family_name"),
                                   QStringLiteral("nickname"),   QStringLiteral("username"),
                                   QStringLiteral("user_id"),    QStringLiteral("phone_number") };

void appendScalars(const QJsonValue &value, QStringList *out)
{
    switch (value.type()) {
    case QJsonValue::String:
        out->append(value.toString());
        break;
    case QJsonValue::Bool:
        out->append(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        out->append(d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17));
        break;
    }
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray())
            appendScalars(item, out);
        break;
    default:
        break;
    }
}

int compareValues(const QString &a, const QString &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber)
        return x < y ? -1 : (x > y ? 1 : 0);
    return a.compare(b);
}
} // namespace

bool UserQuery::isCaseInsensitive(const QString &field)
{
    static const QStringList normalized { QStringLiteral("email"),       QStringLiteral("email.domain"),
                                          QStringLiteral("name"),        QStringLiteral("given_name"),
                                          QStringLiteral("family_name"), QStringLiteral("nickname") };
    return normalized.contains(field);
}

QStringList UserQuery::fieldValues(const QJsonObject &user, const QString &field)
{
    QStringList out;
    if (field == QLatin1String("email.domain")) {
        const QString email = user.value(QStringLiteral("email")).toString();
        if (email.contains(QLatin1Char('@')))
            out.append(email.section(QLatin1Char('@'), -1));
        return out;
    }
    // Walk the dotted path; arrays along the way are searched through.
    QList<QJsonValue> level { QJsonValue(user) };
    for (const QString &segment : field.split(QLatin1Char('.'))) {
        QList<QJsonValue> next;
        for (const QJsonValue &value : level) {
            const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray { value };
            for (const QJsonValue &item : items) {
                if (item.isObject() && item.toObject().contains(segment))
                    next.append(item.toObject().value(segment));
            }
        }
        level = next;
    }
    for (const QJsonValue &value : level)
        appendScalars(value, &out);
    return out;
}

bool UserQuery::matches(const QJsonObject &user, const MembershipCheck &isMember) const
{
    return !m_root || evaluate(*m_root, user, isMember);
}

bool UserQuery::evaluate(const Node &node, const QJsonObject &user, const MembershipCheck &isMember) const
{
    switch (node.kind) {
    case Node::Kind::All:
        return true;
    case Node::Kind::Term:
        return termMatches(node, user, isMember);
    case Node::Kind::And:
        return evaluate(*node.children[0], user, isMember) && evaluate(*node.children[1], user, isMember);
    case Node::Kind::Not:
        return !evaluate(*node.children[0], user, isMember);
    case Node::Kind::Clauses: {
        const auto holds = [&](const NodePtr &clause) {
            return evaluate(*clause, user, isMember);
        };
        if (std::any_of(node.prohibited.cbegin(), node.prohibited.cend(), holds))
            return false;
        if (!std::all_of(node.required_.cbegin(), node.required_.cend(), holds))
            return false;
        // Optional clauses decide only when nothing is required.
        return !node.required_.empty() || node.children.empty()
            || std::any_of(node.children.cbegin(), node.children.cend(), holds);
    }
    }
    return false;
}

bool UserQuery::termMatches(const Node &node, const QJsonObject &user, const MembershipCheck &isMember) const
{
    if (node.field == QLatin1String("organization_id") && node.match == Node::Match::Exact)
        return isMember && isMember(user.value(QStringLiteral("user_id")).toString(), node.value);
    if (node.match == Node::Match::Exists)
        return !fieldValues(user, node.field).isEmpty();
    if (!node.field.isEmpty()) {
        const bool ci = isCaseInsensitive(node.field);
        const QStringList values = fieldValues(user, node.field);
        return std::any_of(values.cbegin(), values.cend(),
                           [&](const QString &value) { return valueMatches(node, value, ci); });
    }
    // A bare term matches a whole profile value or one of its words.
    for (const QString &field : kDefaultFields) {
        const bool ci = isCaseInsensitive(field);
        for (const QString &value : fieldValues(user, field)) {
            if (valueMatches(node, value, ci))
                return true;
            const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() > 1 && std::any_of(words.cbegin(), words.cend(), [&](const QString &word) {
                    return valueMatches(node, word, ci);
                }))
                return true;
        }
    }
    return false;
}

bool UserQuery::valueMatches(const Node &node, const QString &value, bool caseInsensitive)
{
    switch (node.match) {
    case Node::Match::Exact:
        return value.compare(node.value, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
    case Node::Match::Wildcard:
        return node.pattern.match(value).hasMatch();
    case Node::Match::Range: {
        const bool aboveLow = node.low == QLatin1String("*")
            || (node.lowInclusive ? compareValues(value, node.low) >= 0 : compareValues(value, node.low) > 0);
        const bool belowHigh = node.high == QLatin1String("*")
            || (node.highInclusive ? compareValues(value, node.high) <= 0 : compareValues(value, node.high) < 0);
        return aboveLow && belowHigh;
    }
    case Node::Match::Exists:
        return true;
    }
    return false;
}

} // namespace Sandbox
