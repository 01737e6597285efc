// The transfer list at 10,000 rows: a real MainWindow and TransferView over a real queue on the
// built-in sandbox, every row selected, uploads running (slowed storage, so rows change state and
// bytes on every tick). Prints the cost of one model tick (with every slot it runs: view,
// selection counts, window actions, status bar) and the event loop's gaps, as p50/p99.
//
//   bench_transferlist [ROWS=10000] [SECONDS=10]      (QT_QPA_PLATFORM=offscreen)
#include "GuiSession.h"
#include "TestFiles.h"

#include "TransferView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    const int seconds = argc > 2 ? std::max(1, atoi(argv[2])) : 10;
    gui::isolateSettings();

    // The sandbox without its rate limits: as many state changes per tick as the machine allows.
    hoist::sandbox::SandboxOptions options;
    options.spikeLimit = 0;
    options.hourlyLimit = 0;
    hoist::sandbox::SandboxServer sandbox(options);
    if (!sandbox.start()) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 2;
    }
    sandbox.faults().setStorageBytesPerSecond(400'000);
    QNetworkAccessManager network;
    hoist::StaticTokenProvider auth(sandbox.accessToken());
    hoist::RatePacer pacer;
    hoist::ProcoreClient client(&network, sandbox.baseUrl(), &auth, &pacer);
    hoist::UploadController controller(&client);
    controller.setMaxParallel(8);
    hoist::ui::MainWindow window;
    window.setSession(&client, &controller, QStringLiteral("Built-in sandbox"));
    window.resize(1280, 800);
    window.show();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    testfiles::write(path, 48 * 1024, 7);
    QList<hoist::UploadItem> items;
    items.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        hoist::UploadItem item;
        item.localPath = path;
        item.size = 48 * 1024;
        items.append(item);
    }
    hoist::Destination destination;
    destination.companyId = gui::kCompany;
    destination.projectId = gui::kProject;
    controller.enqueue(items, destination);
    window.transferView()->selectAll();

    std::vector<double> ticks, gaps;
    hoist::TransferModel *model = controller.model();
    QObject::connect(model, &hoist::TransferModel::totalsChanged, model,
                     [&] { ticks.push_back(double(model->lastTickNs()) / 1e6); });
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last > 0)
            gaps.push_back(double(now - last) / 1e6);
        last = now;
    });
    probe.start();
    // A local loop: QApplication::quit() would ask the window to close (and it asks first).
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const int done = model->countInState(hoist::TransferState::Done);
    const int selected = window.transferView()->selectedCount();
    controller.cancelAll();

    std::printf("rows %d, selected %d, done in %d s: %d, ticks %zu\n", rows, selected, seconds, done,
                ticks.size());
    std::printf("tick cost (ms) p50 %.2f p99 %.2f\n", percentile(ticks, 0.5), percentile(ticks, 0.99));
    std::printf("event-loop gap (ms) p50 %.2f p99 %.2f\n", percentile(gaps, 0.5), percentile(gaps, 0.99));
    return 0;
}
