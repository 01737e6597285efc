#pragma once

#include <QObject>
#include <QString>

namespace hoist {

class UploadController;
class UploadHistory;

// Writes every file that reaches an end (done, failed, skipped, cancelled) into the history,
// for the window and hoist-cli alike.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    HistoryRecorder(UploadController *controller, UploadHistory *history, QString environmentId,
                    QObject *parent = nullptr);

private:
    void onStateChanged(quint64 jobId, int state);

    UploadController *m_controller;
    UploadHistory *m_history;
    QString m_environment;
};

} // namespace hoist
