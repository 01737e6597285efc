#pragma once

// Shared set-up of the upload engine tests: an in-process sandbox over loopback, the real engine
// (one QNetworkAccessManager, RatePacer, ProcoreClient, UploadController) and helpers that read
// what the sandbox stored. Nothing of the engine is mocked.

#include "ContractAssert.h"
#include "TestFiles.h"
#include "procore/AuthProvider.h"
#include "procore/ProcoreClient.h"
#include "procore/RatePacer.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"
#include "upload/FileScanner.h"
#include "upload/TransferModel.h"
#include "upload/UploadController.h"
#include "upload/UploadJob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace harness {

using namespace hoist;

// An auth provider whose refresh() gets a new token from the sandbox, like a real OAuth refresh.
class RefreshingAuth : public AuthProvider
{
    Q_OBJECT

public:
    RefreshingAuth(sandbox::SandboxServer *server, QString token)
        : m_server(server)
        , m_token(std::move(token))
    {}
    QString accessToken() const override { return m_token; }
    void refresh() override
    {
        if (m_refreshing)
            return;
        m_refreshing = true;
        ++refreshes;
        QTimer::singleShot(0, this, [this] {
            {
                auto lock = m_server->state().lock();
                m_token = m_server->state().issueAccessToken(m_server->defaultUserId(), 3600);
            }
            m_refreshing = false;
            Q_EMIT tokenRefreshed(m_token);
        });
    }
    bool isRefreshing() const override { return m_refreshing; }
    int refreshes = 0;

private:
    sandbox::SandboxServer *m_server;
    QString m_token;
    bool m_refreshing = false;
};

struct StoredFile
{
    QString path; // folder path + "/" + name, from the sandbox
    QString folder;
    QString name;
    qint64 size = 0;
    QString sha256; // of the newest version
    int versions = 0;
};

class Env
{
public:
    // The sandbox's rate limits are off unless a test sets them (see ratePacing).
    static sandbox::SandboxOptions fastOptions()
    {
        sandbox::SandboxOptions o;
        o.spikeLimit = 0;
        o.hourlyLimit = 0;
        return o;
    }
    // The same over HTTPS (its own CA, trusted by the test's client), on `host` when given.
    static sandbox::SandboxOptions tlsOptions(const QString &host = {})
    {
        sandbox::SandboxOptions o = fastOptions();
        o.tls = true;
        if (!host.isEmpty())
            o.host = host;
        return o;
    }

    explicit Env(bool refreshingAuth = true, sandbox::SandboxOptions options = fastOptions())
        : server(options)
    {
        QString error;
        if (!server.start(&error))
            qFatal("sandbox did not start: %s", qPrintable(error));
        // SandboxServer::stop() right after start() can hang when the accept loop has not begun
        // yet (see SANDBOX-REQUESTS.md); wait until it runs.
        if (!QTest::qWaitFor([this] { return server.isRunning(); }, 5000))
            qFatal("sandbox did not begin serving");
        if (refreshingAuth)
            auth = std::make_unique<RefreshingAuth>(&server, server.accessToken());
        else
            auth = std::make_unique<StaticTokenProvider>(server.accessToken());
        client = std::make_unique<ProcoreClient>(&nam, server.baseUrl(), auth.get(), &pacer);
        controller = std::make_unique<UploadController>(client.get());
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 50;
        fast.retryAfterScalePercent = 10; // Retry-After: 1 → 100 ms
        controller->setRetryPolicy(fast);
        controller->model()->setUpdateInterval(50);
        auto lock = server.state().lock();
        const auto &state = server.state();
        companyId = state.companies.begin()->first;
        for (const auto &[id, p] : state.projects) {
            if (p.companyId == companyId && p.active) {
                projectId = id;
                break;
            }
        }
    }
    ~Env()
    {
        // Every request the engine sent and every answer it got, against Procore's reference.
        if (checkContract)
            HOIST_VERIFY_CONTRACT(server.exchanges());
        controller.reset();
        client.reset();
        // Close idle keep-alive connections first: the server's stop() waits for them otherwise.
        nam.clearConnectionCache();
        QCoreApplication::processEvents();
        server.stop();
    }

    QString path(const QString &relative) const { return dir.filePath(relative); }

    // Writes a file of `size` pseudo-random bytes (parent folders made); returns its sha256.
    QByteArray makeFile(const QString &relative, qint64 size, quint32 seed = 1)
    {
        const QString p = path(relative);
        QDir().mkpath(QFileInfo(p).absolutePath());
        return testfiles::write(p, size, seed);
    }

    qint64 folderId(const QString &folderPath)
    {
        auto lock = server.state().lock();
        for (const auto &[id, f] : server.state().folders)
            if (f.projectId == projectId && server.state().folderPath(id) == folderPath)
                return id;
        return -1;
    }

    Destination destination(const QString &folderPath = {})
    {
        Destination d;
        d.companyId = companyId;
        d.projectId = projectId;
        d.folderId = folderPath.isEmpty() ? 0 : folderId(folderPath);
        d.folderPath = folderPath;
        return d;
    }

    // Files the sandbox holds in the test project that are not seeded ones.
    QList<StoredFile> storedFiles()
    {
        QList<StoredFile> out;
        auto lock = server.state().lock();
        auto &s = server.state();
        for (const auto &[id, f] : s.files) {
            if (f.projectId != projectId || f.versions.empty() || f.versions.back().uploadUuid.isEmpty())
                continue;
            StoredFile sf;
            sf.folder = s.folderPath(f.folderId);
            sf.name = f.name;
            sf.path = sf.folder.isEmpty() ? f.name : QString(sf.folder + QLatin1Char('/') + f.name);
            sf.size = f.versions.back().size;
            sf.sha256 = server.objectSha256(f.versions.back().objectKey);
            sf.versions = int(f.versions.size());
            out.append(sf);
        }
        return out;
    }

    // Folders of the project named `name` under the folder at `parentPath` (to catch duplicates).
    int folderCount(const QString &folderPath)
    {
        int n = 0;
        auto lock = server.state().lock();
        for (const auto &[id, f] : server.state().folders)
            if (f.projectId == projectId
                && server.state().folderPath(id).compare(folderPath, Qt::CaseInsensitive) == 0)
                ++n;
        return n;
    }

    QList<sandbox::LogEntry> log(const QString &kind = {})
    {
        QList<sandbox::LogEntry> out;
        auto lock = server.state().lock();
        for (const auto &e : server.state().log)
            if (kind.isEmpty() || e.kind == kind)
                out.append(e);
        return out;
    }

    int countLog(const QString &kind, const QString &method, const QString &pathPrefix, int status = 0)
    {
        int n = 0;
        for (const auto &e : log(kind))
            if ((method.isEmpty() || e.method == method) && e.path.startsWith(pathPrefix)
                && (!status || e.status == status))
                ++n;
        return n;
    }

    // Enqueues and waits until the controller is idle.
    bool runToIdle(const QList<UploadItem> &items, const Destination &d, int timeoutMs = 60000)
    {
        controller->enqueue(items, d);
        return waitIdle(timeoutMs);
    }

    bool waitIdle(int timeoutMs = 60000)
    {
        // A real event loop (QSignalSpy::wait), not qWaitFor's process-then-sleep rounds, so
        // the network is served without 10 ms gaps.
        QElapsedTimer clock;
        clock.start();
        while (!controller->isIdle()) {
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0)
                return false;
            QSignalSpy idle(controller.get(), &UploadController::idleChanged);
            if (!controller->isIdle())
                idle.wait(int(left));
        }
        return true;
    }

    TransferState stateOf(int row) const { return controller->model()->jobAt(row)->state(); }

    QString describeRows() const
    {
        QStringList lines;
        TransferModel *m = controller->model();
        for (int r = 0; r < m->rowCount(); ++r)
            lines.append(QStringLiteral("%1: %2 %3")
                             .arg(m->jobAt(r)->fileName(), transferStateText(m->jobAt(r)->state()),
                                  m->jobAt(r)->errorText()));
        return lines.join(QLatin1Char('\n'));
    }

    sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    RatePacer pacer;
    std::unique_ptr<AuthProvider> auth;
    std::unique_ptr<ProcoreClient> client;
    std::unique_ptr<UploadController> controller;
    QTemporaryDir dir;
    qint64 companyId = 0;
    qint64 projectId = 0;
    bool checkContract = true; // false only where a test sends what the reference lacks on purpose
};

inline UploadItem item(const QString &path, const QString &relativeDir = {})
{
    const QFileInfo info(path);
    return UploadItem{info.absoluteFilePath(), relativeDir, info.size(), info.lastModified()};
}

} // namespace harness
