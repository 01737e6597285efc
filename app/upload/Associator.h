#pragma once

#include "UploadTypes.h"
#include "procore/ProcoreError.h"
#include "procore/RetryPolicy.h"
#include "procore/Types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace hoist {

class ApiReply;
class ProcoreClient;

// The last call of a direct upload, which turns stored bytes into a Procore object: one subclass
// per destination kind (FileAssociator for Documents and company Documents, VersionAssociator,
// PhotoAssociator; drawings go in DrawingBatch's one call). The call creates something, so it is
// sent at most once per decision: after an ambiguous outcome (no answer, a dropped connection, a
// timeout, a 5xx) or "upload already used", the associator first looks at what exists and sends
// again only when nothing is there. finished() comes once per start().
class Associator : public QObject
{
    Q_OBJECT

public:
    // What was stored and is to be associated.
    struct Upload
    {
        QString uuid;
        QDateTime createdAt;
        QString name; // the name asked for
        qint64 size = 0;
    };
    enum class Result { Done, NameTaken, Failed, Cancelled };

    Associator(ProcoreClient *client, Destination destination, Upload upload, QObject *parent = nullptr);
    ~Associator() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // lookFirst: an earlier send for this upload may have gone through without an answer (it was
    // aborted, or the run stopped): look before sending.
    void start(bool lookFirst = false);
    void abort();

    Result result() const { return m_result; }
    const FileRef &remote() const { return m_remote; }
    const ProcoreError &error() const { return m_error; }
    int sends() const { return m_sends; }

    // Whether `file` of a listing is what the upload made. Procore names no upload in a file or
    // its versions (procore-api-notes.md §9), so: the name or unique_name's "name (n).ext", the
    // size, its newest version made by `userId` (the signed-in user; 0: unknown) and made, in
    // Procore's time, after the upload was created (`clockOffsetSecs`: Procore's clock minus ours).
    static bool madeByUpload(const FileRef &file, const Upload &upload, qint64 userId,
                             qint64 clockOffsetSecs);
    // Whether a version is one the upload made: its size, by `userId`, no earlier in Procore's time
    // than the upload's creation.
    static bool versionMadeByUpload(const FileVersionRef &version, const Upload &upload, qint64 userId,
                                    qint64 clockOffsetSecs);

Q_SIGNALS:
    void detailChanged(const QString &detail);
    void finished();

protected:
    virtual ApiReply *send() = 0;                          // the creating call
    virtual FileRef remoteFrom(const ApiReply &reply) = 0; // what a successful answer made
    // Whether look() can find what an earlier send made; without it (photos), the same upload is
    // sent again: Procore answers "already used" when the first went through.
    virtual bool canLook() const { return true; }
    virtual void look(std::function<void(std::optional<FileRef>, const ProcoreError &)> done) = 0;
    // A refusal the kind answers itself (the other photo body); true: it called resend(). False:
    // the associator fails with `error`, which the kind may amend (say what an earlier try met).
    virtual bool handleRefusal(ProcoreError &) { return false; }
    // Before the first send of a fresh start (not after a possible earlier send): what the look
    // will compare with (VersionAssociator: the versions there before). Calls go() when done.
    virtual void prepare(std::function<void()> go) { go(); }
    void resend();
    // The signed-in user's id (GET /rest/v1.0/me, once per associator) for a look.
    void withSignedInUser(std::function<void(qint64 userId, const ProcoreError &error)> done);
    qint64 m_userId = 0;

    ProcoreClient *m_client;
    Destination m_destination;
    Upload m_upload;

private:
    void onReply(ApiReply *reply);
    // After `original` (ambiguous, or "already used"): look, then finish or send again.
    void lookThenDecide(const ProcoreError &original, bool sendWhenAbsent = false);
    void sendAgainLater(const ProcoreError &original);
    void finishWith(Result result, const ProcoreError &error = {});

    RetryPolicy m_retry;
    QPointer<ApiReply> m_reply;
    QTimer m_wait;
    Result m_result = Result::Failed;
    FileRef m_remote;
    ProcoreError m_error;
    int m_sends = 0;
    int m_lookRounds = 0;
    quint64 m_generation = 0; // abort() makes late answers stale
};

} // namespace hoist
