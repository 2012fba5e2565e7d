#include "LogoPreview.h"

#include "InputRules.h"

#include <QNetworkReply>
#include <QUrl>

LogoPreview::LogoPreview(QWidget *parent)
    : QLabel(parent)
{
    m_network.setTransferTimeout(10000);
    // An https logo may redirect to another https address, never to plain http.
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_pause.setSingleShot(true);
    m_pause.setInterval(500);
    connect(&m_pause, &QTimer::timeout, this, &LogoPreview::fetch);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMinimumSize(160, 72);
    setAccessibleName(tr("Logo preview"));
    setState(State::Empty, tr("No logo"));
}

void LogoPreview::setUrl(const QString &url)
{
    // Unchanged: nothing to fetch again (a failed address is retried once it is edited).
    if (url == m_url)
        return;
    m_url = url;
    m_pause.stop();
    if (QNetworkReply *previous = m_reply) {
        m_reply = nullptr; // its answer is no longer wanted
        previous->abort();
    }
    m_image = {};
    if (url.isEmpty()) {
        setState(State::Empty, tr("No logo"));
        return;
    }
    if (!InputRules::logoUrl(url).isEmpty()) {
        setState(State::Invalid, tr("No preview: the address is not a full https:// URL."));
        return;
    }
    setState(State::Loading, tr("Loading the logo…"));
    m_pause.start();
}

void LogoPreview::loadNow()
{
    if (m_pause.isActive()) {
        m_pause.stop();
        fetch();
    }
}

void LogoPreview::fetch()
{
    QNetworkRequest request { QUrl(m_url) };
    request.setRawHeader("Accept", "image/*");
    QNetworkReply *reply = m_network.get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        // A logo is small; a huge answer is not one and is not kept in memory.
        if (received > kMaxBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return; // superseded by a newer address
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            if (reply->property("tooLarge").toBool())
                setState(State::Failed, tr("Could not load the logo: it is larger than 2 MB."));
            else
                setState(State::Failed, tr("Could not load the logo: the request was cancelled."));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            setState(State::Failed, tr("Could not load the logo: %1").arg(reply->errorString()));
            return;
        }
        QPixmap image;
        if (!image.loadFromData(reply->read(kMaxBytes + 1))) {
            setState(State::Failed, tr("Could not load the logo: the address did not return an image."));
            return;
        }
        m_image = image;
        setState(State::Loaded, tr("Logo loaded (%1 × %2)").arg(image.width()).arg(image.height()));
    });
}

void LogoPreview::setState(State state, const QString &status)
{
    m_state = state;
    m_status = status;
    setAccessibleDescription(status);
    setToolTip(state == State::Loaded ? m_url : status);
    // A dashed frame marks the placeholder; red words say it failed.
    const QString colour = state == State::Failed ? QStringLiteral("#c62828") : QStringLiteral("palette(text)");
    setStyleSheet(QStringLiteral("LogoPreview { border: 1px dashed palette(mid); border-radius: 4px; padding: 4px; "
                                 "color: %1; }")
                      .arg(colour));
    if (state == State::Loaded)
        showImage();
    else
        setText(status);
    emit stateChanged(state);
}

void LogoPreview::showImage()
{
    if (m_image.isNull())
        return;
    const QSize room = contentsRect().size() - QSize(8, 8);
    setPixmap(m_image.scaled(room.boundedTo(m_image.size()).expandedTo(QSize(1, 1)), Qt::KeepAspectRatio,
                             Qt::SmoothTransformation));
}

void LogoPreview::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (m_state == State::Loaded)
        showImage();
}
