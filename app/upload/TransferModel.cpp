#include "TransferModel.h"

#include "UploadJob.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace hoist {

namespace {

constexpr double kSmoothing = 0.3; // weight of the newest sample in the speed average

bool countsInTotals(TransferState s)
{
    return s != TransferState::Cancelled && s != TransferState::Skipped;
}

// "Drawings/Architectural/plan.pdf": the folder path and the name it has (or gets) in Procore.
QString remotePath(const UploadJob *job)
{
    const QString name = job->remoteFile().name.isEmpty() ? job->fileName() : job->remoteFile().name;
    return job->remoteFolderPath().isEmpty() ? name
                                             : QString(job->remoteFolderPath() + QLatin1Char('/') + name);
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
    return m_rows.value(m_byId.value(id), -1);
}

double TransferModel::progress() const
{
    const qint64 total = totalBytes();
    return total > 0 ? double(sentBytes()) / double(total) : 0.0;
}

qint64 TransferModel::totalBytes() const
{
    return m_totalBytes;
}

qint64 TransferModel::sentBytes() const
{
    return m_sentBytes;
}

int TransferModel::countInState(TransferState state) const
{
    const int i = int(state);
    return i >= 0 && i < kStateCount ? m_counts[size_t(i)] : 0;
}

int TransferModel::holdingSlotCount() const
{
    return countInState(TransferState::Preparing) + countInState(TransferState::Uploading)
           + countInState(TransferState::Associating);
}

int TransferModel::unfinishedCount() const
{
    int unfinished = 0;
    for (int s = 0; s < kStateCount; ++s)
        unfinished += isFinalState(TransferState(s)) ? 0 : m_counts[size_t(s)];
    return unfinished;
}

int TransferModel::firstRowInState(TransferState state) const
{
    if (countInState(state) == 0)
        return -1;
    int first = -1;
    if (state == TransferState::Failed) {
        for (const UploadJob *job : m_failed) {
            const int row = m_rows.value(job, -1);
            if (row >= 0 && (first < 0 || row < first))
                first = row;
        }
        return first;
    }
    for (int row = 0; row < m_jobs.size(); ++row)
        if (m_jobs.at(row)->state() == state)
            return row;
    return -1;
}

// What is known of a row's bytes: sent bytes while uploading (never "all" before storage
// confirmed them), all of them once stored.
double TransferModel::knownFraction(const UploadJob *job) const
{
    const TransferState state = job->state();
    if (state == TransferState::Done || state == TransferState::Associating
        || state == TransferState::Processing)
        return 1.0;
    if (job->bytesTotal() <= 0)
        return 0.0;
    const double fraction = std::clamp(double(job->bytesSent()) / double(job->bytesTotal()), 0.0, 1.0);
    const bool stored = m_info.value(job).stored;
    return stored ? fraction : std::min(fraction, 0.999);
}

QString TransferModel::progressText(const UploadJob *job, double fraction) const
{
    const QString percent = QLocale().toString(int(fraction * 100.0)) + QLocale().percent();
    switch (job->state()) {
    case TransferState::Associating:
        return tr("Finishing in Procore…");
    case TransferState::Failed:
        if (m_info.value(job).stored)
            return tr("Stopped after upload");
        if (job->error().httpStatus >= 400 && job->error().httpStatus < 500)
            return tr("Refused"); // not stopped on the way: the server said no
        return job->bytesSent() > 0 ? tr("Stopped at %1").arg(percent) : tr("Not uploaded");
    default:
        return percent;
    }
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    const UploadJob *job = jobAt(index.row());
    if (!job || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const TransferState state = job->state();
    const double speed = state == TransferState::Uploading ? m_info.value(job).speed : 0.0;
    const qint64 left = std::max<qint64>(0, job->bytesTotal() - job->bytesSent());
    const qint64 eta = state == TransferState::Uploading && speed > 1 ? qint64(double(left) / speed) : -1;
    const double fraction = knownFraction(job);
    const bool awaitingStorage = state == TransferState::Uploading && job->bytesTotal() > 0
                                 && job->bytesSent() >= job->bytesTotal() && !m_info.value(job).stored;
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
            return progressText(job, fraction);
        case SpeedColumn:
            return speed > 0 ? formatSpeed(speed) : QString();
        case TimeLeftColumn:
            return eta >= 0 ? formatDuration(eta) : QString();
        case StatusColumn:
            if (state == TransferState::Failed)
                return QString(transferStateText(state) + QStringLiteral(": ") + job->error().message);
            if (!job->statusDetail().isEmpty() && !isFinalState(state))
                return job->statusDetail();
            if (awaitingStorage)
                return tr("Sent; waiting for storage to confirm…");
            return transferStateText(state);
        }
        return {};
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole:
        return accessibleData(index, role);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && state == TransferState::Failed)
            return job->error().detail.isEmpty() ? job->errorText()
                                                 : QString(job->errorText() + QLatin1Char('\n')
                                                           + tr("Details: %1").arg(job->error().detail));
        if (index.column() == NameColumn)
            return job->item().localPath;
        return job->statusDetail().isEmpty() ? QVariant() : QVariant(job->statusDetail());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn || index.column() == TimeLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProgressRole:
        return fraction;
    case StoredRole:
        return m_info.value(job).stored;
    case ProgressTextRole:
        return progressText(job, fraction);
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
    case RemotePathRole:
        return remotePath(job);
    default:
        return {};
    }
}

// What a screen reader hears: the whole row on its name cell (name, status, progress, time
// left), each other cell's text, and the reason or detail as the description.
QVariant TransferModel::accessibleData(const QModelIndex &index, int role) const
{
    const UploadJob *job = jobAt(index.row());
    if (!job)
        return {};
    const TransferState state = job->state();
    if (role == Qt::AccessibleDescriptionRole) {
        if (state == TransferState::Failed)
            return job->errorText();
        return job->statusDetail().isEmpty() ? QVariant(transferStateText(state))
                                             : QVariant(job->statusDetail());
    }
    if (index.column() != NameColumn)
        return data(index, Qt::DisplayRole);
    QStringList parts{data(index, Qt::DisplayRole).toString(),
                      data(index.siblingAtColumn(StatusColumn), Qt::DisplayRole).toString()};
    const QString progress = data(index.siblingAtColumn(ProgressColumn)).toString();
    if (!parts.contains(progress))
        parts.append(progress);
    const qint64 eta = data(index, EtaRole).toLongLong();
    if (eta >= 0)
        parts.append(tr("%1 left").arg(formatDuration(eta)));
    return parts.join(QStringLiteral(", "));
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
    names.insert(StoredRole, "stored");
    names.insert(ProgressTextRole, "progressText");
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
        m_byId.insert(job->id(), job);
        m_jobs.append(job);
        account(job);
        track(job);
    }
    endInsertRows();
    m_totalsDirty = true;
    if (!m_timer.isActive())
        m_timer.start();
    tick();
}

void TransferModel::track(UploadJob *job)
{
    connect(job, &UploadJob::stateChanged, this, [this, job] { markDirty(job); });
    connect(job, &UploadJob::progressChanged, this, [this, job] { markDirty(job); });
    connect(job, &UploadJob::bytesStored, this, [this, job] {
        m_info[job].stored = true;
        markDirty(job);
    });
}

void TransferModel::account(UploadJob *job)
{
    const TransferState state = job->state();
    auto it = m_info.find(job);
    const bool known = it != m_info.end();
    if (!known)
        it = m_info.insert(job, RowInfo{});
    RowInfo &info = it.value();
    const TransferState was = info.state;
    if (known) {
        if (countsInTotals(was)) {
            m_totalBytes -= info.total;
            m_sentBytes -= info.sent;
        }
        if (was != state) {
            --m_counts[size_t(was)];
            ++m_counts[size_t(state)];
        }
    } else {
        ++m_counts[size_t(state)];
    }
    info.state = state;
    info.total = job->bytesTotal();
    info.sent = state == TransferState::Done ? info.total : std::min(job->bytesSent(), info.total);
    if (countsInTotals(state)) {
        m_totalBytes += info.total;
        m_sentBytes += info.sent;
    }
    if (known && was == state)
        return;
    m_totalsDirty = true;
    // Storage confirms each attempt's bytes anew.
    if (state == TransferState::Queued || state == TransferState::Preparing
        || state == TransferState::Uploading)
        info.stored = false;
    if (state == TransferState::Uploading) {
        m_uploading.insert(job);
    } else {
        m_uploading.remove(job);
        info.speed = 0;
        info.lastMs = -1;
    }
    if (state == TransferState::Failed)
        m_failed.insert(job);
    else
        m_failed.remove(job);
    if (known)
        Q_EMIT rowStateChanged(m_rows.value(job, -1), int(was), int(state));
}

void TransferModel::forget(const UploadJob *job)
{
    const auto it = m_info.constFind(job);
    if (it == m_info.cend())
        return;
    if (countsInTotals(it->state)) {
        m_totalBytes -= it->total;
        m_sentBytes -= it->sent;
    }
    --m_counts[size_t(it->state)];
    m_info.erase(it);
    m_uploading.remove(job);
    m_failed.remove(job);
    m_dirty.remove(job);
    m_byId.remove(job->id());
    m_rows.remove(job);
    m_totalsDirty = true;
}

void TransferModel::removeJobAt(int row)
{
    if (row < 0 || row >= m_jobs.size())
        return;
    beginRemoveRows({}, row, row);
    UploadJob *job = m_jobs.takeAt(row);
    disconnect(job, nullptr, this, nullptr);
    forget(job);
    for (int i = row; i < m_jobs.size(); ++i)
        m_rows[m_jobs.at(i)] = i;
    endRemoveRows();
    tick();
}

void TransferModel::markDirty(UploadJob *job)
{
    if (!m_rows.contains(job))
        return;
    account(job);
    m_dirty.insert(job);
    if (!m_timer.isActive())
        m_timer.start();
}

void TransferModel::tick()
{
    QElapsedTimer cost;
    cost.start();
    const qint64 now = m_clock.elapsed();
    // Speeds of the rows uploading, from the bytes moved since the last tick.
    double speed = 0;
    for (const UploadJob *job : std::as_const(m_uploading)) {
        RowInfo &s = m_info[job];
        if (s.lastMs >= 0 && now > s.lastMs) {
            const double sample = double(job->bytesSent() - s.lastBytes) * 1000.0 / double(now - s.lastMs);
            s.speed = s.speed <= 0 ? std::max(0.0, sample)
                                   : (1 - kSmoothing) * s.speed + kSmoothing * std::max(0.0, sample);
            m_dirty.insert(job);
        }
        s.lastBytes = job->bytesSent();
        s.lastMs = now;
        speed += s.speed;
    }

    // Totals: every state change counts, not only bytes and speed (the last step of a file,
    // associating → done, changes neither).
    const bool changed =
        m_totalsDirty || m_totalBytes != m_notifiedTotal || m_sentBytes != m_notifiedSent || speed != m_speed;
    m_totalsDirty = false;
    m_notifiedTotal = m_totalBytes;
    m_notifiedSent = m_sentBytes;
    m_speed = speed;
    m_eta = speed > 1 ? qint64(double(std::max<qint64>(0, m_totalBytes - m_sentBytes)) / speed) : -1;

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
    if (m_uploading.isEmpty() && m_dirty.isEmpty() && !m_totalsDirty)
        m_timer.stop();
    m_lastTickNs = cost.nsecsElapsed();
}

QString TransferModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
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
