#include "RecordingServer.h"

#include <QTcpSocket>

QByteArray RecordingServer::Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool RecordingServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

RecordingServer::RecordingServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool RecordingServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QString RecordingServer::baseUrl() const
{
    return QStringLiteral("http://%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort());
}

void RecordingServer::setResponse(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                  const QByteArray &body)
{
    m_status = status;
    m_headers = headers;
    m_body = body;
}

void RecordingServer::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() {
        buffer->append(socket->readAll());
        const int end = buffer->indexOf("\r\n\r\n");
        if (end < 0 || buffer->isEmpty())
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        buffer->clear();
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        m_requests.append(request);

        QByteArray answer = "HTTP/1.1 " + QByteArray::number(m_status) + " Recorded\r\n";
        answer += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n";
        for (const auto &header : m_headers)
            answer += header.first + ": " + header.second + "\r\n";
        answer += "\r\n" + m_body;
        socket->write(answer);
        socket->disconnectFromHost();
        emit received();
    });
}
