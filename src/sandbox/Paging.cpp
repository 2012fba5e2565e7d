#include "Paging.h"

#include <QJsonObject>

#include <limits>

namespace Sandbox {

std::optional<SandboxReply> Paging::readInt(const SandboxRequest &request, const QString &key, int min, int max,
                                            int *out)
{
    if (!request.hasQuery(key))
        return std::nullopt;
    bool ok = false;
    const QString raw = request.queryValue(key);
    const qlonglong value = raw.toLongLong(&ok);
    if (!ok)
        return SandboxReply::queryError(QStringLiteral("Expected type integer but found type string"), key);
    if (value < min)
        return SandboxReply::queryError(QStringLiteral("Value %1 is less than minimum %2").arg(value).arg(min), key);
    const qlonglong ceiling = max >= 0 ? max : std::numeric_limits<int>::max();
    if (value > ceiling)
        return SandboxReply::queryError(QStringLiteral("Value %1 is greater than maximum %2").arg(value).arg(ceiling),
                                        key);
    *out = int(value);
    return std::nullopt;
}

std::optional<SandboxReply> Paging::readBool(const SandboxRequest &request, const QString &key, bool *out)
{
    if (!request.hasQuery(key))
        return std::nullopt;
    const QString raw = request.queryValue(key);
    if (raw == QLatin1String("true")) {
        *out = true;
    } else if (raw == QLatin1String("false")) {
        *out = false;
    } else {
        return SandboxReply::queryError(QStringLiteral("Expected type boolean but found type string"), key);
    }
    return std::nullopt;
}

std::optional<SandboxReply> Paging::parse(const SandboxRequest &request, const Rules &rules, Paging *out)
{
    Paging p;
    p.perPage = rules.defaultPerPage;
    if (auto e = readInt(request, QStringLiteral("page"), 0, -1, &p.page))
        return e;
    if (auto e = readInt(request, QStringLiteral("per_page"), rules.minPerPage, 100, &p.perPage))
        return e;
    if (auto e = readBool(request, QStringLiteral("include_totals"), &p.includeTotals))
        return e;

    // from/take switch to checkpoint paging; page, per_page and include_totals are then ignored.
    if (rules.checkpoint && (request.hasQuery(QStringLiteral("take")) || request.hasQuery(QStringLiteral("from")))) {
        p.mode = Mode::Checkpoint;
        if (auto e = readInt(request, QStringLiteral("take"), 1, 100, &p.take))
            return e;
        p.from = request.queryValue(QStringLiteral("from"));
        *out = p;
        return std::nullopt;
    }

    // page may be as large as INT_MAX: widen before adding, or page + 1 overflows.
    if (rules.recordCap > 0 && (qint64(p.page) + 1) * p.perPage > rules.recordCap) {
        return SandboxReply::error(
            400, QStringLiteral("Requesting page exceeds the allowed maximum of %1 records.").arg(rules.recordCap),
            QStringLiteral("invalid_paging"));
    }
    *out = p;
    return std::nullopt;
}

QJsonValue Paging::pageResult(const QString &key, const QJsonArray &items, qint64 total) const
{
    if (!includeTotals)
        return items;
    return QJsonObject { { key, items },
                         { QStringLiteral("start"), offset() },
                         { QStringLiteral("limit"), perPage },
                         { QStringLiteral("total"), total } };
}

QJsonValue Paging::checkpointResult(const QString &key, const QJsonArray &items, const QString &next)
{
    QJsonObject result { { key, items } };
    if (!next.isEmpty())
        result.insert(QStringLiteral("next"), next);
    return result;
}

QString Paging::encodeCursor(const QString &value)
{
    return QString::fromLatin1(value.toUtf8().toBase64());
}

std::optional<QString> Paging::decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (*decoded).isEmpty())
        return std::nullopt;
    return QString::fromUtf8(*decoded);
}

} // namespace Sandbox
