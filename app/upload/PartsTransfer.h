#pragma once

#include "ByteTransfer.h"
#include "procore/RetryPolicy.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace hoist {

class SegmentedUpload;

// A file's bytes as a segmented upload (SegmentedUpload: parts hashed, created, PUT in parallel
// and completed), or the parts an earlier run left (resumeFrom()): only those without an ETag go.
class PartsTransfer : public ByteTransfer
{
    Q_OBJECT

public:
    struct Earlier
    {
        QString uuid;
        QDateTime createdAt;
        QList<FileSegment> segments; // the plan, as the journal keeps it
        QStringList etags;           // "" for a part not stored yet
    };

    explicit PartsTransfer(Target target, QObject *parent = nullptr);
    ~PartsTransfer() override;

    void setPartSize(qint64 bytes) { m_partSize = bytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setSlots(std::function<bool()> borrow, std::function<void()> giveBack, int maxParts)
    {
        m_borrow = std::move(borrow);
        m_giveBack = std::move(giveBack);
        m_maxParts = maxParts;
    }
    // The next start() goes on with these parts instead of making a new upload (once).
    void resumeFrom(const Earlier &earlier) { m_earlier = earlier; }

    void start() override;
    void abort() override;
    bool canRetry() const override { return false; } // each part is retried alone already
    void offerSlot() override;
    bool hasUpload() const override { return m_earlier.has_value(); }

private:
    void onFinished();

    qint64 m_partSize = 0;
    RetryPolicy m_retry;
    std::function<bool()> m_borrow;
    std::function<void()> m_giveBack;
    int m_maxParts = 3;
    std::optional<Earlier> m_earlier;
    bool m_resumed = false; // this attempt goes on with an earlier run's upload
    QDateTime m_createdAt;
    QPointer<SegmentedUpload> m_upload;
};

} // namespace hoist
