#pragma once

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// A live preview of an organization's logo URL. The image is fetched with a
// plain network manager of its own (like AvatarCache), never the API's
// AccessManager, so the tenant's token cannot travel to the logo's host.
// While the URL is typed it waits for a pause; until an image arrives, or
// when none can be had, it says so in words instead of showing nothing.
class LogoPreview final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogoPreview)

public:
    enum class State { Empty, Invalid, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit LogoPreview(QWidget *parent = nullptr);

    // Empty: no logo. Only https:// addresses are fetched.
    void setUrl(const QString &url);
    // Fetches now instead of after the typing pause.
    void loadNow();
    State state() const { return m_state; }
    QString statusText() const { return m_status; }
    // Largest image accepted, in bytes.
    static constexpr qint64 kMaxBytes = 2 * 1024 * 1024;

signals:
    void stateChanged(LogoPreview::State state);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fetch();
    void setState(State state, const QString &status);
    void showImage();

    QNetworkAccessManager m_network;
    QTimer m_pause;
    QPointer<QNetworkReply> m_reply;
    QString m_url;
    QPixmap m_image;
    State m_state = State::Empty;
    QString m_status;
};
