#include "DemoTenant.h"

#include "SandboxOptions.h"
#include "SandboxThread.h"

#include <QCoreApplication>
#include <QRandomGenerator>

DemoTenant::DemoTenant()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    const quint64 b = QRandomGenerator::system()->generate64();
    m_secret = QByteArray::number(a, 36) + QByteArray::number(b, 36);
}

DemoTenant::~DemoTenant() = default;

bool DemoTenant::start()
{
    Sandbox::SandboxOptions options;
    options.seed = QStringLiteral("demo");
    options.clientId = QStringLiteral("orgconsole-demo");
    options.clientSecret = QString::fromLatin1(m_secret);
    options.requestLog = false;
    // Auth0's Enterprise production limit (50 burst, 16 per second), so the
    // demo paces itself and shows its budget in the status bar like a real tenant.
    options.rateBurst = 50;
    options.ratePerSecond = 16;
    m_sandbox = std::make_unique<Sandbox::SandboxThread>(options);
    return m_sandbox->start() != 0;
}

Auth::TenantProfile DemoTenant::profile() const
{
    Auth::TenantProfile profile = Auth::TenantProfile::create(
        QCoreApplication::translate("DemoTenant", "Demo tenant"),
        QStringLiteral("127.0.0.1:%1").arg(m_sandbox ? m_sandbox->port() : 0), QStringLiteral("orgconsole-demo"));
    profile.id = QStringLiteral("demo");
    return profile;
}
