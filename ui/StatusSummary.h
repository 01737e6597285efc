#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace hoist {
class ProcoreClient;
class TransferModel;
} // namespace hoist

namespace hoist::ui {

// The status bar's lasting part: files done ("overallCounts"), overall progress, speed and time
// left ("overallRate"), and where and as whom Hoist is connected ("connectionLabel").
class StatusSummary : public QObject
{
    Q_OBJECT

public:
    explicit StatusSummary(QStatusBar *bar);

    // Shows the totals of `model` (none: clears them) and returns the window title for them.
    QString update(const TransferModel *model, bool paused);
    // The queue ended: says so in the status bar, and to a screen reader with the totals.
    void announceFinished(const TransferModel *model);

    void setConnection(const QString &environmentName, const QUrl &apiBase);
    void setUserName(const QString &userName);
    // Asks Procore (GET /me) and shows the name; the tooltip names the login.
    void askWhoIsSignedIn(ProcoreClient *client);
    void setSignedOut(const QString &environmentName);
    QString environmentName() const { return m_environmentName; }

private:
    void updateConnectionLabel();

    QStatusBar *m_bar;
    QProgressBar *m_overall = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_connection = nullptr;
    QString m_environmentName;
    QUrl m_apiBase;
    QString m_userName;
};

} // namespace hoist::ui
