#include "SandboxServer.h"

#include "SandboxService.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "orgconsole.sandbox")

namespace Sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}

QByteArray requestId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0');
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
QByteArray serialize(const SandboxReply &reply, bool truncate)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + SandboxReply::reasonPhrase(reply.status)
                      + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "X-Auth0-RequestId: " + requestId() + "\r\n";
    for (const auto &header : reply.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";
    // A truncated answer promises the whole body and delivers half of it.
    return head + (truncate ? reply.body.left(reply.body.size() / 2) : reply.body);
}

void send(QTcpSocket *socket, const Outcome &outcome)
{
    using Fault = FaultPlan::Fault;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (outcome.fault) {
    case Fault::Hang:
        return;
    case Fault::Drop:
    case Fault::Lost:
        socket->abort();
        return;
    case Fault::Truncate:
        socket->write(serialize(outcome.reply, true));
        socket->flush();
        socket->disconnectFromHost();
        return;
    default:
        socket->write(serialize(outcome.reply, false));
    }
}
#endif
} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_service(std::make_unique<SandboxService>(options))
{
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start()
{
    m_port = listen(QHostAddress::LocalHost, m_options.port);
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

Outcome SandboxServer::answer(const QHttpServerRequest &request)
{
    IncomingRequest incoming;
    incoming.method = methodName(request.method());
    incoming.path = request.url().path(QUrl::FullyEncoded);
    incoming.query = request.url().query(QUrl::FullyEncoded);
    incoming.body = request.body();
    incoming.contentType = request.value("content-type");
    incoming.host = request.value("host");
    incoming.authorization = request.value("authorization");
    return m_service->handle(incoming);
}

void SandboxServer::log(const QHttpServerRequest &request, const Outcome &outcome, const QElapsedTimer &timer) const
{
    if (!m_options.requestLog)
        return;
    // Path and query only: tokens travel in headers and secrets in bodies, neither is logged.
    const QString target = request.url().path(QUrl::FullyEncoded)
                           + (request.url().hasQuery() ? QLatin1Char('?') + request.url().query(QUrl::FullyEncoded)
                                                       : QString());
    const QString fault = outcome.fault == FaultPlan::Fault::None
                              ? QString()
                              : QStringLiteral(" [fault: %1]").arg(FaultPlan::name(outcome.fault));
    qCInfo(lcSandbox).noquote() << methodName(request.method()) << target << outcome.reply.status
                                << QStringLiteral("%1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2) + fault;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = answer(request);
    log(request, outcome, timer);
    if (outcome.delayMs > 0) {
        // The client may give up meanwhile; write only to a socket that is still there.
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(outcome.delayMs, this, [guarded, outcome] { send(guarded.data(), outcome); });
    } else {
        send(socket, outcome);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    Outcome outcome;
    outcome.reply = SandboxReply::error(404, QStringLiteral("Not Found"));
    send(socket, outcome);
}
#else
// Qt 6.5+ hands out a responder instead of the socket; network faults that
// need the raw socket degrade to a 503 answer there.
bool SandboxServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome = answer(request);
    log(request, outcome, timer);
    if (outcome.fault != FaultPlan::Fault::None && outcome.fault != FaultPlan::Fault::Delay
        && outcome.reply.status == 0)
        outcome.reply = SandboxReply::error(503, QStringLiteral("Service Unavailable"));
    QHttpHeaders headers;
    if (!outcome.reply.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, outcome.reply.contentType);
    headers.append("X-Auth0-RequestId", requestId());
    for (const auto &header : outcome.reply.headers)
        headers.append(header.first, header.second);
    responder.write(outcome.reply.body, headers, QHttpServerResponder::StatusCode(outcome.reply.status));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Q_UNUSED(request)
    responder.write(SandboxReply::error(404, QStringLiteral("Not Found")).body, "application/json",
                    QHttpServerResponder::StatusCode::NotFound);
}
#endif

} // namespace Sandbox
