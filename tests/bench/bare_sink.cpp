// The floor for the sandbox's storage ingest: a bare streaming cpp-httplib server that takes a
// multipart POST (curl -F) or a PUT and writes the body's bytes to a file, checking nothing.
// tests/bench/run.sh compares `curl -F` into it with `curl -F` into `hoist-cli sandbox`.
//
//   bench_sink DIR    prints PORT=<port>, serves until killed; files go to DIR and are removed
#include <httplib.h>

#include <cstdio>
#include <fstream>
#include <string>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_sink DIR\n");
        return 2;
    }
    const std::string dir = argv[1];
    httplib::Server server;
    auto sink = [dir](const httplib::Request &req, httplib::Response &res,
                      const httplib::ContentReader &reader) {
        const std::string path = dir + "/sink-" + std::to_string(reinterpret_cast<std::uintptr_t>(&req));
        std::ofstream out(path, std::ios::binary);
        bool inFile = false;
        if (req.is_multipart_form_data()) {
            reader(
                [&](const httplib::MultipartFormData &part) {
                    inFile = part.name == "file";
                    return true;
                },
                [&](const char *data, size_t len) {
                    if (inFile)
                        out.write(data, std::streamsize(len));
                    return true;
                });
        } else {
            reader([&](const char *data, size_t len) {
                out.write(data, std::streamsize(len));
                return true;
            });
        }
        out.close();
        std::remove(path.c_str());
        res.status = 204;
    };
    server.Post("/sink", sink);
    server.Put("/sink", sink);
    const int port = server.bind_to_any_port("127.0.0.1");
    std::printf("PORT=%d\n", port);
    std::fflush(stdout);
    server.listen_after_bind();
    return 0;
}
