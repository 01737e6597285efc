#include "StatusSummary.h"

#include "Accessibility.h"
#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"
#include "upload/TransferModel.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

namespace hoist::ui {

StatusSummary::StatusSummary(QStatusBar *bar)
    : QObject(bar)
    , m_bar(bar)
{
    m_overall = new QProgressBar(bar);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setRange(0, 1000);
    m_overall->setValue(0);
    m_overall->setTextVisible(true);
    m_overall->setFixedWidth(180);
    m_overall->setMaximumHeight(bar->fontMetrics().height() + 4);
    m_overall->setFormat(QStringLiteral("%p%"));
    m_overall->setVisible(false);
    m_rate = new QLabel(bar);
    m_rate->setObjectName(QStringLiteral("overallRate"));
    m_rate->setAccessibleName(tr("Speed and time left"));
    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("overallCounts"));
    m_counts->setAccessibleName(tr("Files done"));
    m_connection = new QLabel(bar);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addPermanentWidget(m_counts);
    bar->addPermanentWidget(m_overall);
    bar->addPermanentWidget(m_rate);
    bar->addPermanentWidget(m_connection);
}

QString StatusSummary::update(const TransferModel *model, bool paused)
{
    if (!model || model->rowCount() == 0) {
        m_overall->setVisible(false);
        m_rate->clear();
        m_counts->clear();
        return tr("Hoist");
    }
    const int rows = model->rowCount();
    const int done = model->countInState(TransferState::Done);
    const int failed = model->countInState(TransferState::Failed);
    const int cancelled =
        model->countInState(TransferState::Cancelled) + model->countInState(TransferState::Skipped);
    m_overall->setVisible(true);
    // Bytes sent, but never fuller than the files that did not fail; at the end, the files done.
    const int counted = rows - cancelled;
    double value = model->progress();
    if (counted > 0)
        value = std::min(value, double(counted - failed) / double(counted));
    if (model->unfinishedCount() == 0)
        value = counted > 0 ? double(done) / double(counted) : 1.0;
    m_overall->setValue(int(value * 1000.0));
    m_overall->setToolTip(tr("%1 of %2 sent")
                              .arg(TransferModel::formatBytes(model->sentBytes()),
                                   TransferModel::formatBytes(model->totalBytes())));
    QString counts = tr("%1 of %n file(s) uploaded", nullptr, rows - cancelled).arg(done);
    if (failed > 0)
        counts = tr("%1 · %n failed", nullptr, failed).arg(counts);
    m_counts->setText(counts);
    if (model->unfinishedCount() == 0) {
        m_rate->setText(failed > 0 ? tr("Stopped: retry the failed files") : tr("All done"));
        return tr("Hoist");
    }
    if (paused) {
        m_rate->setText(tr("Paused"));
        return tr("Paused – Hoist");
    }
    // No speed before the first bytes are measured: "Starting…", not "0 bytes/s".
    if (model->speed() <= 0)
        m_rate->setText(tr("Starting…"));
    else if (model->eta() < 0)
        m_rate->setText(TransferModel::formatSpeed(model->speed()));
    else
        m_rate->setText(tr("%1 · %2 left")
                            .arg(TransferModel::formatSpeed(model->speed()),
                                 TransferModel::formatDuration(model->eta())));
    return tr("%1% – Hoist").arg(int(model->progress() * 100.0));
}

void StatusSummary::announceFinished(const TransferModel *model)
{
    const int failed = model->countInState(TransferState::Failed);
    const int done = model->countInState(TransferState::Done);
    const QString message = failed > 0 ? tr("Finished: %n uploaded, %1 failed", nullptr, done).arg(failed)
                                       : tr("Finished: %n file(s) uploaded", nullptr, done);
    m_bar->showMessage(message, 10000);
    m_counts->setAccessibleDescription(tr("%1. %2").arg(message, m_counts->text()));
    a11y::announce(m_counts);
}

void StatusSummary::setConnection(const QString &environmentName, const QUrl &apiBase)
{
    m_environmentName = environmentName;
    m_apiBase = apiBase;
    m_connection->setToolTip(tr("Connected to %1 (%2)").arg(environmentName, apiBase.toDisplayString()));
    updateConnectionLabel();
}

void StatusSummary::setUserName(const QString &userName)
{
    m_userName = userName;
    updateConnectionLabel();
}

void StatusSummary::askWhoIsSignedIn(ProcoreClient *client)
{
    ApiReply *reply = client->me();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            m_bar->showMessage(
                tr("Could not ask Procore who is signed in: %1").arg(reply->error().describe()));
            return;
        }
        const User user = reply->user();
        setUserName(user.name.isEmpty() ? user.login : user.name);
        if (!user.login.isEmpty())
            m_connection->setToolTip(tr("Signed in to %1 (%2) as %3")
                                         .arg(m_environmentName, m_apiBase.toDisplayString(), user.login));
    });
}

void StatusSummary::setSignedOut(const QString &environmentName)
{
    m_environmentName = environmentName;
    m_userName.clear();
    m_connection->setText(tr("Not signed in"));
}

void StatusSummary::updateConnectionLabel()
{
    QString where = m_environmentName;
    if (m_apiBase.isValid()) {
        const QString host =
            m_apiBase.port() > 0
                ? QString(m_apiBase.host() + QLatin1Char(':') + QString::number(m_apiBase.port()))
                : m_apiBase.host();
        where = tr("%1 (%2)").arg(m_environmentName, host);
    }
    m_connection->setText(m_userName.isEmpty() ? where : tr("%1 · %2").arg(where, m_userName));
}

} // namespace hoist::ui
