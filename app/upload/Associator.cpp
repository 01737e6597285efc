#include "Associator.h"

#include "procore/ApiReply.h"
#include "procore/CallAudit.h"
#include "procore/ProcoreClient.h"

#include <QRegularExpression>

#include <algorithm>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

// Slack when comparing Procore's created_at with the upload's creation in Procore's time: the Date
// header that gives the offset has whole seconds, and the offset may drift between answers.
constexpr qint64 kClockSlackSecs = 60;

// "plan (2).pdf" is what unique_name makes of "plan.pdf".
bool isRenamedCopy(const QString &candidate, const QString &name)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString ext = dot > 0 ? name.mid(dot) : QString();
    const QRegularExpression re(u"^"_s + QRegularExpression::escape(stem) + u" \\(\\d+\\)"_s
                                + QRegularExpression::escape(ext) + u"$"_s);
    return re.match(candidate).hasMatch();
}

// "file 123 "plan.pdf", 2 versions, for upload 0a1b…" for the audit.
QString describe(const FileRef &file, const QString &uploadUuid)
{
    return u"file %1 \"%2\", %3 version(s), for upload %4"_s.arg(
        QString::number(file.id), file.name, QString::number(std::max<qsizetype>(1, file.versions.size())),
        uploadUuid);
}

} // namespace

Associator::Associator(ProcoreClient *client, Destination destination, Upload upload, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_destination(std::move(destination))
    , m_upload(std::move(upload))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &Associator::resend);
}

Associator::~Associator()
{
    abort();
}

bool Associator::madeByUpload(const FileRef &file, const Upload &upload, qint64 userId,
                              qint64 clockOffsetSecs)
{
    if (file.size != upload.size || (file.name != upload.name && !isRenamedCopy(file.name, upload.name)))
        return false;
    if (!file.versions.isEmpty() && userId && file.versions.first().createdById
        && file.versions.first().createdById != userId)
        return false; // someone else's
    return file.changedAt.isValid() && upload.createdAt.isValid()
           && file.changedAt >= upload.createdAt.addSecs(clockOffsetSecs - kClockSlackSecs);
}

bool Associator::versionMadeByUpload(const FileVersionRef &version, const Upload &upload, qint64 userId,
                                     qint64 clockOffsetSecs)
{
    return version.size == upload.size && userId && version.createdById == userId
           && version.createdAt.isValid() && upload.createdAt.isValid()
           && version.createdAt >= upload.createdAt.addSecs(clockOffsetSecs - kClockSlackSecs);
}

void Associator::withSignedInUser(std::function<void(qint64, const ProcoreError &)> done)
{
    if (m_userId) {
        done(m_userId, {});
        return;
    }
    ApiReply *me = m_client->me();
    connect(me, &ApiReply::finished, this, [this, me, done, generation = m_generation] {
        me->deleteLater();
        if (generation != m_generation)
            return;
        if (me->isOk())
            m_userId = me->user().id;
        done(m_userId, me->isOk() ? ProcoreError() : me->error());
    });
}

void Associator::start(bool lookFirst)
{
    m_lookRounds = 0;
    m_error = {};
    if (!lookFirst || !canLook()) {
        // Photos: a repeat of an upload that went through is answered "already used".
        prepare([this, generation = m_generation] {
            if (generation == m_generation)
                resend();
        });
        return;
    }
    // An earlier send may have gone through: as after a lost answer, but nothing failed yet.
    ProcoreError unknown = ProcoreError::network(QNetworkReply::UnknownNetworkError, {});
    unknown.maybeApplied = true;
    lookThenDecide(unknown, /*sendWhenAbsent=*/true);
}

void Associator::abort()
{
    ++m_generation;
    m_wait.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void Associator::resend()
{
    ++m_sends;
    ApiReply *reply = send();
    reply->setObjectName(objectName()); // the audit names the job
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
}

void Associator::onReply(ApiReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (reply->isOk()) {
        m_remote = remoteFrom(*reply);
        finishWith(Result::Done);
        return;
    }
    ProcoreError error = reply->error();
    if (error.kind == ProcoreError::Kind::Cancelled) {
        finishWith(Result::Cancelled, error);
    } else if (error.kind == ProcoreError::Kind::NameTaken) {
        finishWith(Result::NameTaken, error);
    } else if (error.kind == ProcoreError::Kind::UploadUsed || error.maybeApplied) {
        lookThenDecide(error);
    } else if (!handleRefusal(error)) {
        finishWith(Result::Failed, error);
    }
}

void Associator::lookThenDecide(const ProcoreError &original, bool sendWhenAbsent)
{
    if (!canLook()) {
        if (original.kind == ProcoreError::Kind::UploadUsed) {
            // An upload makes one object: an earlier send (whose answer was lost) made it.
            m_remote = {};
            m_remote.name = m_upload.name;
            m_remote.size = m_upload.size;
            CallAudit::looked(objectName(), CallAudit::outcomeOf(original),
                              u"an earlier send made it: not sending again"_s);
            Q_EMIT detailChanged(tr("Added by an earlier attempt"));
            finishWith(Result::Done);
        } else {
            sendAgainLater(original); // answered "already used" if the first one went through
        }
        return;
    }
    Q_EMIT detailChanged(tr("Checking whether Procore already has the file…"));
    look([this, original, sendWhenAbsent, generation = m_generation](std::optional<FileRef> found,
                                                                     const ProcoreError &listError) {
        if (generation != m_generation)
            return;
        const QString after =
            sendWhenAbsent ? u"an earlier send whose answer is unknown"_s : CallAudit::outcomeOf(original);
        if (found) {
            CallAudit::looked(objectName(), after,
                              u"found ours: %1: not sending again"_s.arg(describe(*found, m_upload.uuid)));
            m_remote = *found;
            finishWith(Result::Done);
        } else if (listError.isError()) {
            CallAudit::looked(objectName(), after,
                              u"could not look (%1): not sending again; failed"_s.arg(listError.message));
            // The look failed: the send may still have gone through, so the next attempt looks first.
            ProcoreError e = original.maybeApplied ? listError : original;
            e.maybeApplied = original.maybeApplied;
            finishWith(Result::Failed, e);
        } else if (sendWhenAbsent) {
            CallAudit::looked(objectName(), after, u"not there: sending"_s);
            resend(); // not there: the earlier send did not go through
        } else if (original.maybeApplied) {
            CallAudit::looked(objectName(), after, u"not there: sending again"_s);
            sendAgainLater(original); // not there: it did not go through, so one more send makes one
        } else {
            CallAudit::looked(objectName(), after, u"not there: failed"_s);
            finishWith(Result::Failed, original);
        }
    });
}

void Associator::sendAgainLater(const ProcoreError &original)
{
    if (!m_retry.shouldSendAgain(++m_lookRounds, original)) {
        finishWith(Result::Failed, original);
        return;
    }
    const int delay = m_retry.delayMs(m_lookRounds, original);
    Q_EMIT detailChanged(tr("Procore did not answer (%1); not there, so sending again in %2 s.")
                             .arg(original.message)
                             .arg((delay + 999) / 1000));
    m_wait.start(delay);
}

void Associator::finishWith(Result result, const ProcoreError &error)
{
    m_result = result;
    m_error = error;
    Q_EMIT finished();
}

} // namespace hoist
