#pragma once

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace hoist::sandbox {

struct SandboxContext;
struct FaultRule;

// Procore's OAuth 2.0 endpoints: /oauth/authorize (a consent page), /oauth/token
// (authorization_code and refresh_token grants, both single-use), /oauth/revoke, /oauth/token/info.
class OAuthRoutes
{
public:
    explicit OAuthRoutes(SandboxContext &ctx);
    void install(httplib::Server &server);

private:
    void consentPage(const httplib::Request &req, httplib::Response &res);
    void consent(const httplib::Request &req, httplib::Response &res);
    void token(const httplib::Request &req, httplib::Response &res);
    void revoke(const httplib::Request &req, httplib::Response &res);
    void tokenInfo(const httplib::Request &req, httplib::Response &res);
    void loseAnswer(const FaultRule &fault, httplib::Response &res);

    SandboxContext &m_ctx;
};

} // namespace hoist::sandbox
