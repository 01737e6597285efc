#pragma once

namespace httplib {
struct Request;
}

namespace hoist::sandbox {

// Ends the TCP connection that carried `req` without writing a byte of answer (both directions
// shut down; cpp-httplib closes the socket when its write fails). The fault "the server did the
// work and the answer never came" as a client on a kept-alive connection sees it. Returns false
// where the connection cannot be found (not a POSIX system).
bool dropConnectionOf(const httplib::Request &req);

} // namespace hoist::sandbox
