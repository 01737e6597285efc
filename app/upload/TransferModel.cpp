#include "TransferModel.h"

#include "UploadJob.h"

#include <QLocale>

#include <algorithm>

namespace hoist {

namespace {

constexpr double kSmoothing = 0.3; // weight of the newest sample in the speed average

bool countsInTotals(TransferState s)
{
    return s != TransferState::Cancelled && s != TransferState::Skipped;
}

} // namespace

TransferModel::TransferModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_clock.start();
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &TransferModel::tick);
}

void TransferModel::setUpdateInterval(int ms)
{
    m_timer.setInterval(std::max(10, ms));
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

UploadJob *TransferModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : nullptr;
}

int TransferModel::rowOf(const UploadJob *job) const
{
    return m_rows.value(job, -1);
}

int TransferModel::rowOfId(quint64 id) const
{
    for (int i = 0; i < m_jobs.size(); ++i)
        if (m_jobs.at(i)->id() == id)
            return i;
    return -1;
}

double TransferModel::progress() const
{
    const qint64 total = totalBytes();
    return total > 0 ? double(sentBytes()) / double(total) : 0.0;
}

// Totals are read live (cheap even for 10,000 rows); only their change signal is coalesced.
qint64 TransferModel::totalBytes() const
{
    qint64 total = 0;
    for (const UploadJob *job : std::as_const(m_jobs))
        if (countsInTotals(job->state()))
            total += job->bytesTotal();
    return total;
}

qint64 TransferModel::sentBytes() const
{
    qint64 sent = 0;
    for (const UploadJob *job : std::as_const(m_jobs))
        if (countsInTotals(job->state()))
            sent += job->state() == TransferState::Done ? job->bytesTotal() : job->bytesSent();
    return sent;
}

int TransferModel::countInState(TransferState state) const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [state](const UploadJob *j) { return j->state() == state; }));
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    const UploadJob *job = jobAt(index.row());
    if (!job || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const TransferState state = job->state();
    const double speed = state == TransferState::Uploading ? m_stats.value(job).speed : 0.0;
    const qint64 left = std::max<qint64>(0, job->bytesTotal() - job->bytesSent());
    const qint64 eta = state == TransferState::Uploading && speed > 1 ? qint64(double(left) / speed) : -1;
    const double fraction = job->bytesTotal() > 0 ? double(job->bytesSent()) / double(job->bytesTotal())
                                                  : (state == TransferState::Done ? 1.0 : 0.0);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return job->remoteFile().name.isEmpty() ? job->fileName() : job->remoteFile().name;
        case DestinationColumn:
            return job->remoteFolderPath().isEmpty() ? tr("Documents") : job->remoteFolderPath();
        case SizeColumn:
            return formatBytes(job->bytesTotal());
        case ProgressColumn:
            return QStringLiteral("%1%").arg(int(fraction * 100));
        case SpeedColumn:
            return speed > 0 ? formatSpeed(speed) : QString();
        case TimeLeftColumn:
            return eta >= 0 ? formatDuration(eta) : QString();
        case StatusColumn:
            if (state == TransferState::Failed)
                return QString(transferStateText(state) + QStringLiteral(": ") + job->error().message);
            if (!job->statusDetail().isEmpty() && !isFinalState(state))
                return job->statusDetail();
            return transferStateText(state);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && state == TransferState::Failed)
            return job->errorText();
        if (index.column() == NameColumn)
            return job->item().localPath;
        return job->statusDetail().isEmpty() ? QVariant() : QVariant(job->statusDetail());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn || index.column() == TimeLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProgressRole:
        return fraction;
    case BytesSentRole:
        return job->bytesSent();
    case BytesTotalRole:
        return job->bytesTotal();
    case StateRole:
        return int(state);
    case SpeedRole:
        return speed;
    case EtaRole:
        return eta;
    case ErrorRole:
        return job->errorText();
    case LocalPathRole:
        return job->item().localPath;
    case RemoteUrlRole:
        return job->remoteFile().url;
    case JobIdRole:
        return job->id();
    case RemotePathRole: {
        const QString name = job->remoteFile().name.isEmpty() ? job->fileName() : job->remoteFile().name;
        return job->remoteFolderPath().isEmpty() ? name
                                                 : QString(job->remoteFolderPath() + QLatin1Char('/') + name);
    }
    default:
        return {};
    }
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DestinationColumn:
        return tr("Destination");
    case SizeColumn:
        return tr("Size");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> TransferModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProgressRole, "progress");
    names.insert(BytesSentRole, "bytesSent");
    names.insert(BytesTotalRole, "bytesTotal");
    names.insert(StateRole, "state");
    names.insert(SpeedRole, "speed");
    names.insert(EtaRole, "eta");
    names.insert(ErrorRole, "error");
    names.insert(LocalPathRole, "localPath");
    names.insert(RemoteUrlRole, "remoteUrl");
    names.insert(JobIdRole, "jobId");
    names.insert(RemotePathRole, "remotePath");
    return names;
}

void TransferModel::addJobs(const QList<UploadJob *> &jobs)
{
    if (jobs.isEmpty())
        return;
    const int first = int(m_jobs.size());
    beginInsertRows({}, first, first + int(jobs.size()) - 1);
    for (UploadJob *job : jobs) {
        m_rows.insert(job, int(m_jobs.size()));
        m_jobs.append(job);
        m_stats.insert(job, RowStats{});
    }
    endInsertRows();
    if (!m_timer.isActive())
        m_timer.start();
    tick();
}

void TransferModel::removeJobAt(int row)
{
    if (row < 0 || row >= m_jobs.size())
        return;
    beginRemoveRows({}, row, row);
    UploadJob *job = m_jobs.takeAt(row);
    m_rows.remove(job);
    m_stats.remove(job);
    m_dirty.remove(job);
    for (int i = row; i < m_jobs.size(); ++i)
        m_rows[m_jobs.at(i)] = i;
    endRemoveRows();
    tick();
}

void TransferModel::markDirty(UploadJob *job)
{
    m_dirty.insert(job);
    if (!m_timer.isActive())
        m_timer.start();
}

void TransferModel::tick()
{
    const qint64 now = m_clock.elapsed();
    // Per-row speeds, from the bytes moved since the last tick.
    bool anyActive = false;
    for (auto it = m_stats.begin(); it != m_stats.end(); ++it) {
        const UploadJob *job = it.key();
        RowStats &s = it.value();
        if (job->state() != TransferState::Uploading) {
            if (s.speed != 0 || s.lastMs >= 0)
                m_dirty.insert(job);
            s = RowStats{};
            continue;
        }
        anyActive = true;
        if (s.lastMs >= 0 && now > s.lastMs) {
            const double sample = double(job->bytesSent() - s.lastBytes) * 1000.0 / double(now - s.lastMs);
            s.speed = s.speed <= 0 ? std::max(0.0, sample)
                                   : (1 - kSmoothing) * s.speed + kSmoothing * std::max(0.0, sample);
            m_dirty.insert(job);
        }
        s.lastBytes = job->bytesSent();
        s.lastMs = now;
    }

    // Totals.
    const qint64 total = totalBytes();
    const qint64 sent = sentBytes();
    double speed = 0;
    for (const RowStats &s : std::as_const(m_stats))
        speed += s.speed;
    const bool changed = total != m_totalBytes || sent != m_sentBytes || speed != m_speed;
    m_totalBytes = total;
    m_sentBytes = sent;
    m_speed = speed;
    m_eta = speed > 1 ? qint64(double(std::max<qint64>(0, total - sent)) / speed) : -1;

    // Coalesced notifications: one dataChanged per contiguous run of dirty rows.
    if (!m_dirty.isEmpty()) {
        QList<int> rows;
        rows.reserve(m_dirty.size());
        for (const UploadJob *job : std::as_const(m_dirty)) {
            const int row = m_rows.value(job, -1);
            if (row >= 0)
                rows.append(row);
        }
        m_dirty.clear();
        std::sort(rows.begin(), rows.end());
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
                ++j;
            Q_EMIT dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
            i = j + 1;
        }
    }
    if (changed)
        Q_EMIT totalsChanged();
    if (!anyActive && m_dirty.isEmpty())
        m_timer.stop();
}

QString TransferModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString TransferModel::formatSpeed(double bytesPerSecond)
{
    return tr("%1/s").arg(formatBytes(qint64(bytesPerSecond)));
}

QString TransferModel::formatDuration(qint64 secs)
{
    if (secs < 0)
        return {};
    if (secs < 60)
        return tr("%1 s").arg(secs);
    if (secs < 3600)
        return tr("%1 min %2 s").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace hoist
