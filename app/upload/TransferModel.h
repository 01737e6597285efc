#pragma once

#include "UploadTypes.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <array>

namespace hoist {

class UploadJob;

// One row per file of the queue, for the window and hoist-cli, plus totals. Data is read live
// from the jobs; change notifications are coalesced (at most a few per second per row) so a
// 10,000-row queue stays smooth. Counts per state and the byte totals are kept as each job
// changes (never by scanning the rows), and a tick costs O(rows that changed or are uploading).
// Rows are added and removed by UploadController.
class TransferModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 totalBytes READ totalBytes NOTIFY totalsChanged)
    Q_PROPERTY(qint64 sentBytes READ sentBytes NOTIFY totalsChanged)
    Q_PROPERTY(double speed READ speed NOTIFY totalsChanged)
    Q_PROPERTY(qint64 eta READ eta NOTIFY totalsChanged)
    Q_PROPERTY(double progress READ progress NOTIFY totalsChanged)

public:
    enum Column {
        NameColumn,
        DestinationColumn,
        SizeColumn,
        ProgressColumn,
        SpeedColumn,
        TimeLeftColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ProgressRole = Qt::UserRole + 1, // double 0..1
        BytesSentRole,                   // qint64
        BytesTotalRole,                  // qint64
        StateRole,                       // int of TransferState
        SpeedRole,                       // double, bytes/s
        EtaRole,                         // qint64 seconds, -1 unknown
        ErrorRole,                       // QString: reason + what to do next ("" unless failed)
        LocalPathRole,                   // QString
        RemoteUrlRole,                   // QUrl of the associated document ("" until done)
        JobIdRole,                       // quint64, stable across row moves
        RemotePathRole,                  // QString "Drawings/Architectural/plan.pdf"
        StoredRole,                      // bool: storage confirmed the bytes (this attempt)
        ProgressTextRole,                // QString: what the progress cell says ("74 %",
                                         // "Finishing in Procore…", "Stopped at 40 %")
    };
    Q_ENUM(Role)

    explicit TransferModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    UploadJob *jobAt(int row) const;
    int rowOf(const UploadJob *job) const;
    int rowOfId(quint64 id) const;

    // Totals over the rows that are not cancelled or skipped.
    qint64 totalBytes() const;
    qint64 sentBytes() const;
    double speed() const { return m_speed; }     // bytes/s
    qint64 eta() const { return m_eta; }         // seconds, -1 unknown
    double progress() const;                     // 0..1
    int countInState(TransferState state) const; // O(1)
    // Rows holding a transfer slot: Preparing, Uploading or Associating (O(1)).
    int holdingSlotCount() const;
    // Rows not finished (not Done, Failed, Cancelled or Skipped), waiting ones included (O(1)).
    int unfinishedCount() const;
    // The first row in `state`, or -1 (O(rows in that state) for Failed, else a scan).
    int firstRowInState(TransferState state) const;

    // Notification interval (default 250 ms).
    void setUpdateInterval(int ms);
    // How long the last tick took, with every slot its signals ran (views, window), in ns.
    qint64 lastTickNs() const { return m_lastTickNs; }

    // Text helpers shared with the CLI. Every size Hoist shows goes through formatBytes(): binary
    // units named as such ("4.0 MiB", "312.5 KiB/s"), like the Settings dialog's KiB/s and MiB.
    static QString formatBytes(qint64 bytes);
    static QString formatSpeed(double bytesPerSecond);
    static QString formatDuration(qint64 secs);

Q_SIGNALS:
    // Counts, bytes or speed changed (coalesced: at most once per update interval, and always
    // after the last state change).
    void totalsChanged();
    // A row changed state (emitted at once, before the row's coalesced dataChanged).
    void rowStateChanged(int row, int oldState, int newState);

private:
    friend class UploadController;
    void addJobs(const QList<UploadJob *> &jobs);
    void removeJobAt(int row);
    void markDirty(UploadJob *job);
    void tick();
    void track(UploadJob *job);   // the job's signals keep its row's bookkeeping current
    void account(UploadJob *job); // re-reads the job's state and bytes into the counts
    void forget(const UploadJob *job);
    QString progressText(const UploadJob *job, double fraction) const;
    QVariant accessibleData(const QModelIndex &index, int role) const;
    double knownFraction(const UploadJob *job) const;

    // What the counts and totals hold for one row (to take it out again when it changes).
    struct RowInfo
    {
        TransferState state = TransferState::Queued;
        qint64 total = 0;
        qint64 sent = 0; // as counted in m_sentBytes
        bool stored = false;
        double speed = 0; // smoothed bytes/s while uploading
        qint64 lastBytes = 0;
        qint64 lastMs = -1;
    };
    static constexpr int kStateCount = int(TransferState::Processing) + 1;

    QList<UploadJob *> m_jobs;
    QHash<const UploadJob *, int> m_rows;
    QHash<quint64, const UploadJob *> m_byId;
    QHash<const UploadJob *, RowInfo> m_info;
    QSet<const UploadJob *> m_uploading; // rows whose speed is sampled each tick
    QSet<const UploadJob *> m_failed;
    QSet<const UploadJob *> m_dirty;
    std::array<int, kStateCount> m_counts{};
    bool m_totalsDirty = false;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_totalBytes = 0; // live
    qint64 m_sentBytes = 0;  // live
    qint64 m_notifiedTotal = -1;
    qint64 m_notifiedSent = -1;
    double m_speed = 0;
    qint64 m_eta = -1;
    qint64 m_lastTickNs = 0;
};

} // namespace hoist
