#include "RequestHelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace Sandbox::RequestHelpers {

namespace {
QString decodeFormValue(QString encoded)
{
    encoded.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}
} // namespace

QString text(const SandboxRequest &request, const QString &key)
{
    if (!request.query.hasQueryItem(key))
        return {};
    return decodeFormValue(request.query.queryItemValue(key, QUrl::FullyEncoded));
}

QStringList all(const SandboxRequest &request, const QString &key)
{
    QStringList values;
    for (const QString &name : { key, QString(key + QStringLiteral("[]")), QString(key + QStringLiteral("%5B%5D")) }) {
        for (const QString &raw : request.query.allQueryItemValues(name, QUrl::FullyEncoded)) {
            for (const QString &part : decodeFormValue(raw).split(QLatin1Char(','), Qt::SkipEmptyParts))
                values.append(part.trimmed());
        }
    }
    return values;
}

void enumValue(BodyValidator &validator, const QJsonObject &body, const QString &key, const QStringList &allowed,
               bool nullable)
{
    if (validator.failed() || !body.contains(key))
        return;
    const QJsonValue value = body.value(key);
    if (nullable && value.isNull())
        return;
    if (!value.isString()) {
        validator.fail(QStringLiteral("Expected type string but found type %1").arg(BodyValidator::jsonTypeName(value)),
                       key);
        return;
    }
    if (!allowed.contains(value.toString()))
        validator.fail(QStringLiteral("No enum match for: \"%1\"").arg(value.toString()), key);
}

void stringItems(BodyValidator &validator, const QJsonObject &body, const QString &key)
{
    if (validator.failed() || !body.value(key).isArray())
        return;
    const QJsonArray items = body.value(key).toArray();
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            validator.fail(
                QStringLiteral("Expected type string but found type %1").arg(BodyValidator::jsonTypeName(items.at(i))),
                QString(key + QStringLiteral("[%1]").arg(i)));
            return;
        }
    }
}

std::optional<SandboxReply> checkFieldList(const SandboxRequest &request, const QStringList &known)
{
    bool include = true;
    if (auto error = Paging::readBool(request, QStringLiteral("include_fields"), &include))
        return error;
    if (!request.hasQuery(QStringLiteral("fields")))
        return std::nullopt;
    const QString fields = request.queryValue(QStringLiteral("fields"));
    const QStringList given = fields.split(QLatin1Char(','));
    const bool ok = !fields.isEmpty()
        && std::all_of(given.cbegin(), given.cend(), [&known](const QString &field) { return known.contains(field); });
    if (ok)
        return std::nullopt;
    QStringList alternatives;
    for (const QString &field : known)
        alternatives.append(QStringLiteral("(%1)").arg(QRegularExpression::escape(field)));
    const QString group = alternatives.join(QLatin1Char('|'));
    const QString pattern = QStringLiteral("^(%1)(,(%1))*$").arg(group);
    return SandboxReply::queryError(QStringLiteral("String does not match pattern %1: %2").arg(pattern, fields),
                                    QStringLiteral("fields"));
}

QStringList scopes(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

qint64 offset(const Paging &paging)
{
    return paging.offset();
}

std::pair<qint64, qint64> slice(const Paging &paging, qint64 n)
{
    const qint64 begin = std::min(offset(paging), n);
    return { begin, std::min(n, begin + paging.perPage) };
}

QJsonValue pageResult(const Paging &paging, const QString &key, const QJsonArray &items, qint64 total)
{
    if (!paging.includeTotals)
        return items;
    return QJsonObject { { key, items },
                         { QStringLiteral("start"), offset(paging) },
                         { QStringLiteral("limit"), paging.perPage },
                         { QStringLiteral("total"), total } };
}

} // namespace Sandbox::RequestHelpers
