#include "SandboxFixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonArray SandboxResponse::array() const
{
    return json.array();
}

SandboxFixture::SandboxFixture(const Sandbox::SandboxOptions &options)
    : m_thread(options)
    , m_options(options)
{
}

Sandbox::SandboxOptions quietSandboxOptions(const QString &seed)
{
    Sandbox::SandboxOptions options;
    options.seed = seed;
    options.requestLog = false;
    return options;
}

bool SandboxFixture::start()
{
    return m_thread.start() != 0;
}

QByteArray SandboxFixture::token()
{
    if (!m_token.isEmpty())
        return m_token;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_options.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_options.clientSecret);
    form.addQueryItem(QStringLiteral("audience"), baseUrl() + QStringLiteral("/api/v2/"));
    const SandboxResponse response =
        call("POST", QStringLiteral("/oauth/token"), form.toString(QUrl::FullyEncoded).toUtf8(), QByteArray());
    m_token = response.object().value(QStringLiteral("access_token")).toString().toLatin1();
    return m_token;
}

SandboxResponse SandboxFixture::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                     const QByteArray &bearer, int timeoutMs)
{
    QNetworkRequest request(QUrl(baseUrl() + pathAndQuery));
    request.setTransferTimeout(timeoutMs);
    const bool form = pathAndQuery == QLatin1String("/oauth/token") && !body.startsWith('{');
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      form ? QByteArray("application/x-www-form-urlencoded") : QByteArray("application/json"));
    QByteArray auth = bearer;
    if (auth == "default")
        auth = token();
    if (!auth.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + auth);

    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    SandboxResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    response.json = QJsonDocument::fromJson(response.body);
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    reply->deleteLater();
    return response;
}

SandboxResponse SandboxFixture::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
{
    return call(method, pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ServiceHarness::ServiceHarness(const Sandbox::SandboxOptions &options)
    : m_service(std::make_unique<Sandbox::SandboxService>(options))
{
    const QStringList scopes = options.scopes.isEmpty() ? Sandbox::SandboxOptions::allScopes() : options.scopes;
    m_token = m_service->issueToken(scopes, 3600);
}

QByteArray ServiceHarness::tokenWith(const QStringList &scopes, qint64 lifetimeSecs) const
{
    return m_service->issueToken(scopes, lifetimeSecs);
}

SandboxResponse ServiceHarness::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                     const QByteArray &bearer)
{
    Sandbox::IncomingRequest incoming;
    incoming.method = method;
    const int q = pathAndQuery.indexOf(QLatin1Char('?'));
    incoming.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    incoming.query = q < 0 ? QString() : pathAndQuery.mid(q + 1);
    incoming.body = body;
    incoming.contentType = "application/json";
    incoming.host = "127.0.0.1";
    const QByteArray auth = bearer == "default" ? m_token : bearer;
    if (!auth.isEmpty())
        incoming.authorization = "Bearer " + auth;

    const Sandbox::Outcome outcome = m_service->handle(incoming);
    SandboxResponse response;
    response.status = outcome.reply.status;
    response.body = outcome.reply.body;
    response.json = QJsonDocument::fromJson(response.body);
    response.headers = outcome.reply.headers;
    return response;
}

SandboxResponse ServiceHarness::call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body)
{
    return call(method, pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact));
}
