#pragma once
// What `hoist --sandbox` builds, for GUI tests: an in-process sandbox, the engine on it, and the
// main window connected to both. Tests then drive the window's real widgets.

#include "DestinationBar.h"
#include "DropArea.h"
#include "MainWindow.h"
#include "ProjectPicker.h"

#include "procore/AuthProvider.h"
#include "procore/ProcoreClient.h"
#include "procore/RatePacer.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"
#include "upload/TransferModel.h"
#include "upload/UploadController.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <memory>

namespace gui {

constexpr qint64 kCompany = 562'949'953'421'313LL; // Summit Ridge Builders (140 projects)
constexpr qint64 kProject = 281'474'976'710'657LL; // its first project

// Keeps settings of one test from leaking into the next (and out of the real config).
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HoistTests"));
    // One settings file per test process: GUI tests may run in parallel (ctest -j).
    QCoreApplication::setApplicationName(
        QStringLiteral("hoist-gui-tests-%1").arg(QCoreApplication::applicationPid()));
    QSettings().clear();
}

struct Session
{
    hoist::sandbox::SandboxServer sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<hoist::StaticTokenProvider> auth;
    hoist::RatePacer pacer;
    std::unique_ptr<hoist::ProcoreClient> client;
    std::unique_ptr<hoist::UploadController> controller;
    std::unique_ptr<hoist::ui::MainWindow> window; // last: goes first

    bool start(int maxAttempts = 4)
    {
        if (!sandbox.start())
            return false;
        auth = std::make_unique<hoist::StaticTokenProvider>(sandbox.accessToken());
        client = std::make_unique<hoist::ProcoreClient>(&network, sandbox.baseUrl(), auth.get(), &pacer);
        hoist::RetryPolicy retry;
        retry.maxAttempts = maxAttempts;
        retry.baseDelayMs = 10;
        retry.maxDelayMs = 50;
        retry.retryAfterScalePercent = 1;
        client->setRetryPolicy(retry);
        controller = std::make_unique<hoist::UploadController>(client.get());
        controller->setRetryPolicy(retry);
        window = std::make_unique<hoist::ui::MainWindow>();
        window->setSession(client.get(), controller.get(), QStringLiteral("Built-in sandbox"));
        return true;
    }

    hoist::TransferModel *model() const { return controller->model(); }
    hoist::TransferState stateOf(int row) const
    {
        return hoist::TransferState(model()->index(row, 0).data(hoist::TransferModel::StateRole).toInt());
    }
    bool allInState(hoist::TransferState state) const
    {
        if (model()->rowCount() == 0)
            return false;
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (stateOf(row) != state)
                return false;
        }
        return true;
    }

    // The sandbox's view of an uploaded file: its folder path and the sha256 of its newest
    // version's stored bytes, found by folder path and name. Empty when there is no such file.
    struct Stored
    {
        int versions = 0;
        QString sha256;
        qint64 size = -1;
    };
    Stored stored(const QString &folderPath, const QString &name, qint64 projectId = kProject)
    {
        auto &state = sandbox.state();
        auto lock = state.lock();
        for (const auto &[id, file] : state.files) {
            if (file.projectId != projectId || file.name != name
                || state.folderPath(file.folderId) != folderPath)
                continue;
            Stored result;
            result.versions = int(file.versions.size());
            if (!file.versions.empty()) {
                const auto &newest = file.versions.back();
                const auto object = state.objects.find(newest.objectKey);
                if (object != state.objects.end()) {
                    result.sha256 = sandbox.objectSha256(newest.objectKey);
                    result.size = object->second.size;
                }
            }
            return result;
        }
        return {};
    }
};

// The child of `parent` whose text is `name` (an invalid index when there is none).
inline QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

// Drops `paths` on the window's drop area, as a file manager does; whether the drop was taken.
inline bool dropPaths(hoist::ui::MainWindow &window, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    hoist::ui::DropArea *area = window.dropArea();
    const QPoint at = area->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &enter);
    QDropEvent event(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(area, &event);
    return event.isAccepted();
}

// Chooses the test company and `projectId` in the destination bar, once each has loaded.
inline bool chooseProject(hoist::ui::DestinationBar *bar, qint64 projectId = kProject)
{
    QComboBox *company = bar->companyCombo();
    if (!QTest::qWaitFor([&] { return company->isEnabled() && company->count() > 0; }, 10000))
        return false;
    company->setCurrentIndex(company->findData(QVariant::fromValue(kCompany)));
    hoist::ui::ProjectPicker *picker = bar->projectPicker();
    if (!QTest::qWaitFor(
            [&] { return !picker->isLoading() && picker->findData(QVariant::fromValue(projectId)) >= 0; },
            15000))
        return false;
    picker->setCurrentIndex(picker->findData(QVariant::fromValue(projectId)));
    return true;
}

} // namespace gui
