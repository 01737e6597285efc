#pragma once

#include "UploadHistory.h"

#include <QList>
#include <QObject>
#include <QString>

namespace hoist {

class UploadController;

// Writes every file that reaches an end (done, failed, skipped, cancelled) into the history,
// for the window and hoist-cli alike. A row that cannot be written (a full disk) stops new work
// as a journal write does (UploadController::halt), is kept, and is written with the next one or
// when the queue goes on again.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    HistoryRecorder(UploadController *controller, UploadHistory *history, QString environmentId,
                    QObject *parent = nullptr);

private:
    void onStateChanged(quint64 jobId, int state);
    void writePending();

    UploadController *m_controller;
    UploadHistory *m_history;
    QString m_environment;
    QList<HistoryRecord> m_pending; // rows not written yet, oldest first
};

} // namespace hoist
