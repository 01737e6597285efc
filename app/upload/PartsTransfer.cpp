#include "PartsTransfer.h"

#include "SegmentedUpload.h"

#include <QJsonObject>

namespace hoist {

PartsTransfer::PartsTransfer(Target target, QObject *parent)
    : ByteTransfer(std::move(target), parent)
{}

PartsTransfer::~PartsTransfer()
{
    abort();
}

void PartsTransfer::start()
{
    auto *up = new SegmentedUpload(m_target.client, m_target.path, m_target.companyId, m_target.projectId,
                                   m_target.fileName, m_target.contentType, this);
    m_upload = up;
    if (m_partSize > 0)
        up->setSegmentSize(m_partSize);
    up->setRetryPolicy(m_retry);
    up->setBandwidthLimiter(m_target.bandwidth);
    up->setMaxParallel(m_maxParts);
    if (m_borrow)
        up->setSlotBroker(m_borrow, m_giveBack);
    connect(up, &SegmentedUpload::created, this, [this](const QString &uuid) {
        m_uuid = uuid;
        m_createdAt = QDateTime::currentDateTimeUtc();
        const QList<FileSegment> parts = m_upload ? m_upload->segments() : QList<FileSegment>();
        Q_EMIT detailChanged(tr("Uploading in %n part(s)", nullptr, int(parts.size())));
        Q_EMIT uploadCreated(uuid, QDateTime::currentDateTimeUtc(), parts);
    });
    connect(up, &SegmentedUpload::preparing, this, [this](qint64 hashed, qint64 total) {
        Q_EMIT detailChanged(tr("Preparing… %1 %").arg(total > 0 ? hashed * 100 / total : 0));
    });
    connect(up, &SegmentedUpload::partStored, this, &ByteTransfer::partStored);
    connect(up, &SegmentedUpload::progress, this, &ByteTransfer::progress);
    connect(up, &SegmentedUpload::finished, this, &PartsTransfer::onFinished);
    m_resumed = m_earlier.has_value();
    if (m_earlier) {
        const Earlier e = *m_earlier;
        m_earlier.reset();
        m_uuid = e.uuid;
        m_createdAt = e.createdAt;
        Q_EMIT detailChanged(tr("Going on with the parts the last run did not send"));
        up->resume(e.uuid, e.segments, e.etags);
        return;
    }
    Q_EMIT detailChanged(tr("Checking the file's parts…"));
    up->start();
}

void PartsTransfer::abort()
{
    if (!m_upload)
        return;
    // Paused or stopped mid-way: the next start() goes on with this upload's stored parts.
    if (!m_upload->uuid().isEmpty() && !m_upload->segments().isEmpty())
        m_earlier = Earlier{m_upload->uuid(), m_createdAt, m_upload->segments(), m_upload->etags()};
    m_upload->disconnect(this);
    m_upload->abort();
    m_upload->deleteLater();
    m_upload = nullptr;
}

void PartsTransfer::offerSlot()
{
    if (m_upload)
        m_upload->offerSlot();
}

void PartsTransfer::onFinished()
{
    SegmentedUpload *up = m_upload;
    m_upload = nullptr;
    if (!up)
        return;
    up->deleteLater();
    if (up->isDone()) {
        m_uuid = up->uuid();
        finish(Outcome::Stored);
        return;
    }
    const ProcoreError error = up->error();
    if (error.kind == ProcoreError::Kind::Cancelled) {
        finish(Outcome::Cancelled, error);
        return;
    }
    // A part whose bytes no longer match its checksum: the file changed after it was read.
    const QString s3Code = error.body.toObject().value(QStringLiteral("Code")).toString();
    if (s3Code == QLatin1String("XAmzContentSHA256Mismatch") || s3Code == QLatin1String("BadDigest")) {
        finish(Outcome::FileChanged, error);
        return;
    }
    if (m_resumed && !error.isTransient() && error.kind != ProcoreError::Kind::LocalFile) {
        finish(Outcome::UploadSpent, error); // the earlier run's upload is gone or takes no parts
        return;
    }
    ProcoreError e = error;
    if (error.kind != ProcoreError::Kind::LocalFile)
        e.message = tr("The segmented upload failed: %1").arg(error.message);
    finish(Outcome::Failed, e);
}

} // namespace hoist
