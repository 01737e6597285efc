#include "SinglePostTransfer.h"

#include "StoragePost.h"
#include "procore/ProcoreClient.h"
#include "procore/UrlPolicy.h"

#include <QFileInfo>

namespace hoist {

namespace {
constexpr qint64 kTicketReuseSecs = 45 * 60; // policies last an hour; leave room for a long transfer
}

SinglePostTransfer::SinglePostTransfer(Target target, QObject *parent)
    : ByteTransfer(std::move(target), parent)
{}

SinglePostTransfer::~SinglePostTransfer()
{
    abort();
}

bool SinglePostTransfer::ticketStillGood() const
{
    return m_ticket.isValid() && m_ticketAt.isValid()
           && m_ticketAt.secsTo(QDateTime::currentDateTimeUtc()) < kTicketReuseSecs
           && QFileInfo(m_target.path).size() == m_size;
}

void SinglePostTransfer::start()
{
    m_apiFailed = false;
    if (ticketStillGood())
        postWhenSlotFree();
    else
        createUpload();
}

void SinglePostTransfer::abort()
{
    m_waitingForSlot = false;
    if (m_api) {
        m_api->disconnect(this);
        m_api->abort();
        m_api->deleteLater();
    }
    if (m_post) {
        m_post->disconnect(this);
        m_post->abort();
        m_post->deleteLater();
    }
}

void SinglePostTransfer::createUpload()
{
    m_ticket = {};
    m_size = QFileInfo(m_target.path).size();
    ApiReply *reply = m_target.client->createUpload(m_target.companyId, m_target.projectId, m_target.fileName,
                                                    m_target.contentType, m_size);
    m_api = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_api = nullptr;
        if (!reply->isOk()) {
            m_apiFailed = true;
            finish(reply->error().kind == ProcoreError::Kind::Cancelled ? Outcome::Cancelled
                                                                        : Outcome::Failed,
                   reply->error());
            return;
        }
        m_ticket = reply->uploadTicket();
        m_ticketAt = QDateTime::currentDateTimeUtc();
        if (!m_ticket.isValid()) {
            ProcoreError e;
            e.kind = ProcoreError::Kind::Invalid;
            e.message = tr("Procore's create-upload answer has no storage URL.");
            finish(Outcome::Failed, e);
            return;
        }
        // The answer is untrusted: a file:, data: or qrc: address would read or write a local file.
        if (const QString why = UrlPolicy::storageUrlProblem(m_ticket.url, m_target.client->apiBase());
            !why.isEmpty()) {
            m_ticket = {};
            finish(Outcome::Failed, UrlPolicy::refusedAnswer(why));
            return;
        }
        m_uuid = m_ticket.uuid;
        Q_EMIT uploadCreated(m_uuid, m_ticketAt, {});
        postWhenSlotFree();
    });
}

// The upload is made while other files send their bytes (one round trip less per file on a long
// link); its own bytes go when the queue has a slot for them.
void SinglePostTransfer::postWhenSlotFree()
{
    const bool waited = m_waitingForSlot;
    m_waitingForSlot = m_target.takeSendSlot && !m_target.takeSendSlot();
    if (m_waitingForSlot) {
        if (!waited)
            Q_EMIT detailChanged(tr("Ready; waiting for a free transfer slot"));
        return;
    }
    if (waited)
        Q_EMIT detailChanged({});
    post();
}

void SinglePostTransfer::offerSlot()
{
    if (m_waitingForSlot)
        postWhenSlotFree();
}

void SinglePostTransfer::post()
{
    Q_EMIT progress(0, m_size);
    auto *post =
        new StoragePost(m_target.client->network(), m_ticket, m_target.path, m_target.contentType, this);
    post->setBandwidthLimiter(m_target.bandwidth);
    m_post = post;
    connect(post, &StoragePost::progress, this, &ByteTransfer::progress);
    connect(post, &StoragePost::finished, this, &SinglePostTransfer::onPosted);
    post->start();
}

void SinglePostTransfer::onPosted()
{
    StoragePost *post = m_post;
    m_post = nullptr;
    if (!post)
        return;
    post->deleteLater();
    const ProcoreError error = post->error();
    if (error.kind == ProcoreError::Kind::Cancelled) {
        finish(Outcome::Cancelled, error);
    } else if (!error.isError()) {
        m_ticket = {}; // spent: its signed fields (a few KB per file) need not stay with the job
        finish(Outcome::Stored);
    } else if (post->isPolicyExpired()) {
        m_ticket = {};
        finish(Outcome::UploadSpent, error);
    } else {
        finish(Outcome::Failed, error);
    }
}

} // namespace hoist
