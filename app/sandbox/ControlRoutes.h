#pragma once

namespace httplib {
class Server;
}

namespace hoist::sandbox {

struct SandboxContext;

// /_sandbox/…: what tests and scripts use to inspect the sandbox and to inject faults.
// Not part of Procore's API; documented in app/sandbox/README.md.
class ControlRoutes
{
public:
    explicit ControlRoutes(SandboxContext &ctx);
    void install(httplib::Server &server);

private:
    SandboxContext &m_ctx;
};

} // namespace hoist::sandbox
