#include "CheckpointCursor.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace Sandbox {

namespace {
// "yyyy-MM-dd HH:mm:ss.ffffffUTC": 19 characters of date and time, 7 of fraction, then the zone.
constexpr int kStampLength = 29;

int digits(const QString &text, int from, int count, bool *ok)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}
} // namespace

QString CheckpointCursor::encode(const Position &position)
{
    // Auth0 stores microseconds; the sandbox keeps milliseconds, hence the three zeros.
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(position.first, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString text = stamp + QStringLiteral("000UTC,") + position.second;
    // The recorded organization cursor has its '=' padding cut off.
    return QString::fromLatin1(text.toUtf8().toBase64(QByteArray::OmitTrailingEquals));
}

std::optional<CheckpointCursor::Position> CheckpointCursor::decode(const QString &cursor)
{
    const auto bytes = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    const QString text = QString::fromUtf8(*bytes);
    if (text.size() <= kStampLength + 1 || text.at(kStampLength) != QLatin1Char(',')
        || QStringView(text).mid(kStampLength - 3, 3) != QLatin1String("UTC"))
        return std::nullopt;
    // Fixed positions: parsing by hand keeps a cursor seek cheap.
    const auto at = [&text](int i, char c) {
        return text.at(i) == QLatin1Char(c);
    };
    if (!at(4, '-') || !at(7, '-') || !at(10, ' ') || !at(13, ':') || !at(16, ':') || !at(19, '.'))
        return std::nullopt;
    bool ok = true;
    const QDate date(digits(text, 0, 4, &ok), digits(text, 5, 2, &ok), digits(text, 8, 2, &ok));
    const QTime time(digits(text, 11, 2, &ok), digits(text, 14, 2, &ok), digits(text, 17, 2, &ok));
    const int micros = digits(text, 20, 6, &ok);
    if (!ok || !date.isValid() || !time.isValid())
        return std::nullopt;
    return Position { QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() + micros / 1000, text.mid(kStampLength + 1) };
}

} // namespace Sandbox
