#pragma once

#include "ByteTransfer.h"
#include "procore/Types.h"

#include <QPointer>

namespace hoist {

class ApiReply;
class StoragePost;

// A file's bytes in one storage POST: create-upload (v1.1), then the POST with the ticket's
// fields, no credentials. The ticket is kept for further attempts while its policy is young.
class SinglePostTransfer : public ByteTransfer
{
    Q_OBJECT

public:
    explicit SinglePostTransfer(Target target, QObject *parent = nullptr);
    ~SinglePostTransfer() override;

    void start() override;
    void abort() override;
    // A failed create-upload was retried by the client already (RetryPolicy: one level only).
    bool canRetry() const override { return !m_apiFailed; }
    void offerSlot() override;
    bool createsBeforeTakingSlot() const override { return true; }
    bool isWaitingForSlot() const override { return m_waitingForSlot; }

private:
    void createUpload();
    void postWhenSlotFree();
    void post();
    void onPosted();
    bool ticketStillGood() const;

    UploadTicket m_ticket;
    QDateTime m_ticketAt;
    qint64 m_size = -1; // the file as the ticket was asked for
    bool m_apiFailed = false;
    bool m_waitingForSlot = false; // the ticket is here; the bytes wait for a queue slot
    QPointer<ApiReply> m_api;
    QPointer<StoragePost> m_post;
};

} // namespace hoist
