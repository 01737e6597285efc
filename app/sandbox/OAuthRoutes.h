#pragma once

namespace httplib {
class Server;
}

namespace hoist::sandbox {

struct SandboxContext;

// Procore's OAuth 2.0 endpoints: /oauth/authorize (a consent page), /oauth/token
// (authorization_code and refresh_token grants, both single-use), /oauth/revoke, /oauth/token/info.
class OAuthRoutes
{
public:
    explicit OAuthRoutes(SandboxContext &ctx);
    void install(httplib::Server &server);

private:
    SandboxContext &m_ctx;
};

} // namespace hoist::sandbox
