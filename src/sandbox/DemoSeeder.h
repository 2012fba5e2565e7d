#pragma once

namespace Sandbox {

class TenantStore;
struct SandboxOptions;

// Fills a fresh tenant: "empty" (just the sandbox's own M2M app and the
// default database connection), "demo" (a realistic B2B tenant) and
// "scale" (an organization "scale-test" with N members holding 0-3 roles).
// Deterministic for a given random seed.
class DemoSeeder final
{
public:
    DemoSeeder(TenantStore &store, const SandboxOptions &options);

    void seedEmpty();
    void seedDemo();
    void seedScale(int members);

private:
    TenantStore &m_store;
    const SandboxOptions &m_options;
};

} // namespace Sandbox
