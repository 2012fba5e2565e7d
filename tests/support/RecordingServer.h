#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

// A bare HTTP server that records the head of every request it gets and
// answers each with a set response. Stands in for "another host" (an avatar
// server, a redirect target) to show what a request carried.
class RecordingServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingServer)

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    explicit RecordingServer(QObject *parent = nullptr);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    void setResponse(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    QList<Request> requests() const { return m_requests; }

signals:
    void received();

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QList<Request> m_requests;
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
};
