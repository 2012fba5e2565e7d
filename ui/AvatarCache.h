#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPixmap>
#include <QSet>

// Member pictures. Fetched with a plain network manager of its own, so the
// tenant's token can never travel to an avatar host; until a picture arrives
// (or when it cannot) the member's initials are drawn on a colour of their own.
class AvatarCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvatarCache)

public:
    explicit AvatarCache(QObject *parent = nullptr);

    // The picture if it is here; otherwise initials, and the picture is fetched.
    QPixmap avatar(const QString &url, const QString &name, int size);
    static QPixmap initials(const QString &name, int size);
    void setFetchingEnabled(bool enabled) { m_fetching = enabled; }

signals:
    void avatarLoaded(const QString &url);

private:
    void fetch(const QString &url);

    QNetworkAccessManager m_network;
    QHash<QString, QPixmap> m_pictures;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    bool m_fetching = true;
};
