// The round trip of tests/bench/run.sh's site-link row: a TCP relay that holds every chunk it
// reads for DELAY_MS before writing it on, in both directions (so a request and its answer cost
// 2 x DELAY_MS more: half the round trip each way), and, with --handshake, holds a connection's
// first bytes one round trip longer (the TCP handshake a real link charges before anything is
// sent; this relay answers the client's SYN at once). The rate is not made here: run.sh puts a
// tbf qdisc on the veth pair this relay's traffic crosses. Bytes queue up to a bound per
// direction, then the relay stops reading (the sender waits, as behind a full link).
//
//   bench_relay DELAY_MS [--handshake] LISTEN_IP:PORT=TARGET_IP:PORT...
//
// Prints READY once every listener is bound; serves until killed. Not a test; run.sh starts it.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kQueueBound = 4 * 1024 * 1024;

struct Endpoint
{
    sockaddr_in addr{};
};

bool parseEndpoint(const std::string &text, Endpoint *out)
{
    const auto colon = text.rfind(':');
    if (colon == std::string::npos)
        return false;
    out->addr.sin_family = AF_INET;
    out->addr.sin_port = htons(static_cast<uint16_t>(std::atoi(text.c_str() + colon + 1)));
    return inet_pton(AF_INET, text.substr(0, colon).c_str(), &out->addr.sin_addr) == 1;
}

struct Chunk
{
    Clock::time_point due;
    std::string bytes; // empty: the end of this direction
};

// One direction of one connection: a reader fills the queue, a writer empties it when each
// chunk is due.
class Pipe
{
public:
    Pipe(int from, int to, std::chrono::milliseconds delay, Clock::time_point notBefore)
        : from_(from)
        , to_(to)
        , delay_(delay)
        , notBefore_(notBefore)
    {}

    void read()
    {
        for (;;) {
            std::string buffer(kChunk, '\0');
            const ssize_t n = ::recv(from_, buffer.data(), buffer.size(), 0);
            buffer.resize(n > 0 ? std::size_t(n) : 0);
            std::unique_lock lock(mutex_);
            spaceFree_.wait(lock, [this] { return queued_ < kQueueBound || failed_; });
            if (failed_)
                return;
            const auto now = Clock::now();
            queued_ += buffer.size();
            queue_.push_back({(now < notBefore_ ? notBefore_ : now) + delay_, std::move(buffer)});
            chunkReady_.notify_one();
            if (n <= 0)
                return;
        }
    }

    void write()
    {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(mutex_);
                chunkReady_.wait(lock, [this] { return !queue_.empty(); });
                chunk = std::move(queue_.front());
                queue_.pop_front();
            }
            std::this_thread::sleep_until(chunk.due);
            if (chunk.bytes.empty()) {
                ::shutdown(to_, SHUT_WR);
                return;
            }
            std::size_t sent = 0;
            while (sent < chunk.bytes.size()) {
                const ssize_t n =
                    ::send(to_, chunk.bytes.data() + sent, chunk.bytes.size() - sent, MSG_NOSIGNAL);
                if (n <= 0) {
                    fail();
                    return;
                }
                sent += std::size_t(n);
            }
            std::lock_guard lock(mutex_);
            queued_ -= chunk.bytes.size();
            spaceFree_.notify_one();
        }
    }

private:
    void fail()
    {
        ::shutdown(from_, SHUT_RD);
        std::lock_guard lock(mutex_);
        failed_ = true;
        spaceFree_.notify_one();
    }

    int from_;
    int to_;
    std::chrono::milliseconds delay_;
    Clock::time_point notBefore_;
    std::mutex mutex_;
    std::condition_variable chunkReady_;
    std::condition_variable spaceFree_;
    std::deque<Chunk> queue_;
    std::size_t queued_ = 0;
    bool failed_ = false;
};

void relay(int client, Endpoint target, std::chrono::milliseconds delay, bool handshake)
{
    const auto accepted = Clock::now();
    const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
    if (upstream < 0
        || ::connect(upstream, reinterpret_cast<sockaddr *>(&target.addr), sizeof target.addr) != 0) {
        std::perror("bench_relay: connect");
        ::close(client);
        if (upstream >= 0)
            ::close(upstream);
        return;
    }
    for (const int fd : {client, upstream}) {
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    // With --handshake the client's first bytes leave one round trip after it connected.
    const auto notBefore = handshake ? accepted + 2 * delay : accepted;
    auto up = std::make_shared<Pipe>(client, upstream, delay, notBefore);
    auto down = std::make_shared<Pipe>(upstream, client, delay, accepted);
    std::thread upRead([up] { up->read(); });
    std::thread upWrite([up] { up->write(); });
    std::thread downRead([down] { down->read(); });
    std::thread downWrite([down] { down->write(); });
    upRead.join();
    upWrite.join();
    downRead.join();
    downWrite.join();
    ::close(client);
    ::close(upstream);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_relay DELAY_MS [--handshake] LISTEN_IP:PORT=TARGET_IP:PORT...\n");
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);
    const std::chrono::milliseconds delay(std::atoi(argv[1]));
    const bool handshake = std::string(argv[2]) == "--handshake";
    std::vector<std::thread> listeners;
    for (int i = handshake ? 3 : 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto eq = arg.find('=');
        Endpoint listenAt;
        Endpoint target;
        if (eq == std::string::npos || !parseEndpoint(arg.substr(0, eq), &listenAt)
            || !parseEndpoint(arg.substr(eq + 1), &target)) {
            std::fprintf(stderr, "bench_relay: bad mapping %s\n", arg.c_str());
            return 2;
        }
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&listenAt.addr), sizeof listenAt.addr) != 0
            || ::listen(fd, 64) != 0) {
            std::perror(("bench_relay: listen on " + arg).c_str());
            return 1;
        }
        listeners.emplace_back([fd, target, delay, handshake] {
            for (;;) {
                const int client = ::accept(fd, nullptr, nullptr);
                if (client >= 0)
                    std::thread(relay, client, target, delay, handshake).detach();
            }
        });
    }
    std::printf("READY\n");
    std::fflush(stdout);
    for (auto &t : listeners)
        t.join();
    return 0;
}
