#include "AvatarCache.h"

#include <QNetworkReply>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QUrl>

AvatarCache::AvatarCache(QObject *parent)
    : QObject(parent)
{
    m_network.setTransferTimeout(8000);
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QPixmap AvatarCache::avatar(const QString &url, const QString &name, int size)
{
    const auto found = m_pictures.constFind(url);
    if (found != m_pictures.constEnd())
        return found->scaled(size, size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    if (m_fetching && !url.isEmpty() && !m_pending.contains(url) && !m_failed.contains(url))
        fetch(url);
    return initials(name, size);
}

void AvatarCache::fetch(const QString &url)
{
    const QUrl parsed(url);
    if (parsed.scheme() != QLatin1String("https")) {
        m_failed.insert(url);
        return;
    }
    m_pending.insert(url);
    QNetworkReply *reply = m_network.get(QNetworkRequest(parsed));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_pending.remove(url);
        QPixmap picture;
        if (reply->error() != QNetworkReply::NoError || !picture.loadFromData(reply->readAll())) {
            m_failed.insert(url);
            return;
        }
        // Round, like the Dashboard's avatars.
        const int side = qMin(picture.width(), picture.height());
        QPixmap round(side, side);
        round.fill(Qt::transparent);
        QPainter painter(&round);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath clip;
        clip.addEllipse(0, 0, side, side);
        painter.setClipPath(clip);
        painter.drawPixmap(0, 0, picture.copy((picture.width() - side) / 2, (picture.height() - side) / 2, side, side));
        painter.end();
        m_pictures.insert(url, round);
        emit avatarLoaded(url);
    });
}

QPixmap AvatarCache::initials(const QString &name, int size)
{
    QString letters;
    const QStringList words = name.split(QRegularExpression(QStringLiteral("[\\s@._-]+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        letters += word.at(0).toUpper();
        if (letters.size() == 2)
            break;
    }
    if (letters.isEmpty())
        letters = QStringLiteral("?");
    // A stable colour per name, light enough for white text in both themes.
    const QColor colour = QColor::fromHsl(int(qHash(name) % 360), 120, 110);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(0, 0, size, size);
    QFont font = painter.font();
    font.setPixelSize(qMax(8, size * 2 / 5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letters);
    return pixmap;
}
