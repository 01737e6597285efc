#include "PreflightCheck.h"

#include "procore/ApiReply.h"
#include "procore/ProcoreClient.h"
#include "procore/RatePacer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hoist {

namespace {

constexpr int kCallsPerFile = 2;               // create upload + associate
constexpr double kSecondsPerCallAtEase = 0.25; // latency when the budget is not the limit

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString join(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : QString(a + QLatin1Char('/') + b);
}

// Procore's two budgets: an hourly one (3,600 calls by default) and a short "spike" window
// (10 s). The pacer knows the budget of the last answer: a reset within a minute is the spike
// window's, a later one the hourly window's.
qint64 estimateSeconds(int calls, const RatePacer *pacer)
{
    constexpr int kHourlyDefault = 3600;
    constexpr double kSpikeWindowSecs = 10.0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool known = pacer && pacer->limit() > 0 && pacer->resetAt().isValid();
    const qint64 toReset = known ? std::max<qint64>(0, now.secsTo(pacer->resetAt())) : 3600;
    const bool spikeWindow = known && toReset <= 60;
    double seconds = calls * kSecondsPerCallAtEase;
    if (spikeWindow) // at most `limit` calls every 10 s
        seconds = std::max(seconds, calls * kSpikeWindowSecs / pacer->limit());
    const int hourly = known && !spikeWindow ? pacer->limit() : kHourlyDefault;
    const int remaining = known && !spikeWindow && pacer->remaining() >= 0 ? pacer->remaining() : hourly;
    if (calls > remaining) // past the hourly budget: wait for its reset, then at its pace
        seconds = std::max(seconds, double(known && !spikeWindow ? toReset : 3600)
                                        + (calls - remaining) * 3600.0 / hourly);
    return qint64(std::ceil(seconds));
}

} // namespace

PreflightCheck::PreflightCheck(ProcoreClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void PreflightCheck::start(const QList<UploadItem> &items, const Destination &destination)
{
    m_items = items;
    m_destination = destination;
    m_report = {};
    m_report.canAddVersions = destination.effectiveKind() == DestinationKind::ProjectDocuments;
    m_report.isDrawings = destination.effectiveKind() == DestinationKind::Drawings;
    m_remote.clear();
    m_needed.clear();
    m_images.clear();
    m_sheets.clear();
    if (!destination.isDocuments()) {
        // Photos and Drawings have no folders: the album's images or the area's drawings.
        listMedia();
        return;
    }
    for (const UploadItem &item : items) {
        // Folders are created with the names Procore will keep, so compare with those.
        QStringList parts;
        for (const QString &p : item.relativeDir.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            parts << preflight::documentsName(p);
        QString path;
        m_needed.insert(path);
        for (const QString &p : parts)
            m_needed.insert(path = join(path, p));
    }
    list(QString(), destination.folderId);
}

void PreflightCheck::list(const QString &path, qint64 folderId)
{
    ++m_pending;
    ++m_report.listingsMade;
    ApiReply *reply = m_client->folder(m_destination.companyId, m_destination.projectId, folderId);
    connect(reply, &ApiReply::finished, this, [this, path, reply] { onListed(path, reply); });
}

void PreflightCheck::onListed(const QString &path, ApiReply *reply)
{
    reply->deleteLater();
    --m_pending;
    if (!reply->isOk()) {
        if (path.isEmpty())
            m_report.error = reply->error().describe();
        markMissing(path); // unreadable: treat as new, so nothing is wrongly skipped
    } else {
        const Folder f = reply->folder();
        RemoteFolder &r = m_remote[path];
        r.exists = true;
        r.listed = true;
        r.id = f.id;
        for (const FileRef &file : f.files)
            r.files.insert(file.name.toLower(), file);
        for (const Folder &child : f.folders)
            r.childIds.insert(child.name.toLower(), child.id);
        // Go one level down where files need it; what is not there will be created.
        for (const QString &needed : std::as_const(m_needed)) {
            if (needed.isEmpty() || parentOf(needed) != path)
                continue;
            const QString name = needed.section(QLatin1Char('/'), -1).toLower();
            if (r.childIds.contains(name))
                list(needed, r.childIds.value(name));
            else
                markMissing(needed);
        }
    }
    if (m_pending == 0)
        complete();
}

void PreflightCheck::markMissing(const QString &path)
{
    for (const QString &needed : std::as_const(m_needed))
        if (needed == path || needed.startsWith(path + QLatin1Char('/')) || path.isEmpty())
            m_remote[needed].exists = false;
}

bool PreflightReport::hasSomethingToSay() const
{
    return !error.isEmpty() || (isDrawings && !files.isEmpty())
           || std::any_of(files.cbegin(), files.cend(),
                          [](const PreflightFile &f) { return !f.flags.isEmpty(); });
}

// A file of the same name there: the same size is taken for the same file (left out by
// default); another size is a changed file, with both sizes and dates and a choice.
void PreflightCheck::compareWithRemote(PreflightFile &f, const QString &folder) const
{
    using K = PreflightFlag::Kind;
    const RemoteFolder remote = m_remote.value(folder);
    const QString key = f.storedName.toLower();
    if (!m_destination.isDocuments() || !remote.exists || !remote.files.contains(key))
        return;
    const FileRef there = remote.files.value(key);
    f.remoteSize = there.size;
    f.remoteChangedAt = there.changedAt;
    if (there.size == f.item.size) {
        f.flags.append(
            {K::AlreadyThere,
             QCoreApplication::translate("Preflight", "Already in Procore with the same name and size."),
             true});
        return;
    }
    const bool versions = m_report.canAddVersions; // company Documents: no new versions here
    switch (m_options.conflictPolicy) {
    case ConflictPolicy::Ask:
    case ConflictPolicy::NewVersion:
        f.choice = versions ? ConflictPolicy::NewVersion : ConflictPolicy::KeepBoth;
        break;
    case ConflictPolicy::KeepBoth:
    case ConflictPolicy::Skip:
        f.choice = m_options.conflictPolicy;
        break;
    }
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const QString here = QLocale().formattedDataSize(f.item.size, 1, QLocale::DataSizeIecFormat);
    const QString inProcore = QLocale().formattedDataSize(there.size, 1, QLocale::DataSizeIecFormat);
    f.flags.append(
        {K::NameClash,
         QCoreApplication::translate("Preflight", "Changed: here %1, modified %2; in Procore %3, from %4.")
             .arg(here, f.item.modified.toLocalTime().toString(format), inProcore,
                  there.changedAt.isValid() ? there.changedAt.toLocalTime().toString(format)
                                            : QCoreApplication::translate("Preflight", "an unknown date")),
         false});
}

void PreflightCheck::listMedia()
{
    const Destination &d = m_destination;
    ApiReply *reply = nullptr;
    if (d.effectiveKind() == DestinationKind::Photos && !m_options.albumIsNew)
        reply = listing::albumImages(m_client, d.companyId, d.projectId, d.photo.albumId);
    else if (d.effectiveKind() == DestinationKind::Drawings && d.drawing.areaId > 0)
        reply = listing::areaDrawings(m_client, d.companyId, d.projectId, d.drawing.areaId);
    if (!reply) { // a new album, or a project without drawing areas: nothing to look at
        complete();
        return;
    }
    ++m_pending;
    ++m_report.listingsMade;
    connect(reply, &ApiReply::finished, this, [this, reply] { onMediaListed(reply); });
}

void PreflightCheck::onMediaListed(ApiReply *reply)
{
    reply->deleteLater();
    --m_pending;
    if (!reply->isOk()) {
        m_report.error = reply->error().describe(); // unreadable: nothing is wrongly skipped
    } else if (m_destination.effectiveKind() == DestinationKind::Photos) {
        for (const RemoteImage &image : listing::imagesOf(reply->json(), m_destination.photo.albumId))
            m_images.insert(image.name.toLower(), image);
    } else {
        for (const RemoteSheet &sheet : listing::sheetsOf(reply->json()))
            m_sheets.insert(sheet.number.toLower(), sheet.revision.toLower());
    }
    complete();
}

// Photos: an image of the same name and size in the album is taken for the same photo (left out
// by default); of the same name where Procore gives no size, likewise, and said so; of another
// size, another photo (cameras reuse names): said, and uploaded. Drawings: the sheet number at
// the same current revision in the area is already there; another revision is a new revision.
void PreflightCheck::compareWithMedia(PreflightFile &f) const
{
    using K = PreflightFlag::Kind;
    if (m_report.isDrawings) {
        const QString number = f.sheetNumber.trimmed().toLower();
        if (!number.isEmpty() && m_sheets.contains(number, f.revision.trimmed().toLower()))
            f.flags.append({K::AlreadyThere,
                            QCoreApplication::translate(
                                "Preflight", "Sheet %1, revision %2, is already in this drawing area.")
                                .arg(f.sheetNumber, f.revision),
                            true});
        return;
    }
    const QList<RemoteImage> named = m_images.values(f.storedName.toLower());
    if (named.isEmpty())
        return;
    const auto sameSize = [&f](const RemoteImage &i) { return i.size == f.item.size; };
    const auto unknownSize = [](const RemoteImage &i) { return i.size < 0; };
    if (std::any_of(named.cbegin(), named.cend(), sameSize)) {
        f.flags.append(
            {K::AlreadyThere,
             QCoreApplication::translate("Preflight", "Already in Procore with the same name and size."),
             true});
    } else if (std::any_of(named.cbegin(), named.cend(), unknownSize)) {
        f.flags.append(
            {K::AlreadyThere,
             QCoreApplication::translate(
                 "Preflight", "Already in this album with the same name (Procore does not give its size)."),
             true});
    } else {
        const QLocale locale;
        const QString here = locale.formattedDataSize(f.item.size, 1, QLocale::DataSizeIecFormat);
        const QString there =
            locale.formattedDataSize(named.constFirst().size, 1, QLocale::DataSizeIecFormat);
        f.flags.append({K::SameNameOtherSize,
                        QCoreApplication::translate("Preflight",
                                                    "An image of this name is in the album with another size "
                                                    "(%1 there, %2 here): it goes up as another image.")
                            .arg(there, here),
                        false});
    }
}

void PreflightCheck::complete()
{
    using K = PreflightFlag::Kind;
    for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it)
        if (!it.value().exists && !it.key().isEmpty())
            m_report.foldersToCreate << it.key();
    std::sort(m_report.foldersToCreate.begin(), m_report.foldersToCreate.end());

    for (const UploadItem &item : std::as_const(m_items)) {
        PreflightFile f;
        f.item = item;
        const QString name = QFileInfo(item.localPath).fileName();
        f.storedName = preflight::documentsName(name);
        QStringList parts;
        for (const QString &p : item.relativeDir.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            parts << preflight::documentsName(p);
        const QString folder = parts.join(QLatin1Char('/'));
        f.remotePath = join(folder, f.storedName);
        f.flags = preflight::checkLocal(name, item.size, m_options);
        if (!m_destination.isDocuments()) {
            // Photos and Drawings keep the name as it is; folders do not apply.
            f.storedName = name;
            f.remotePath = name;
            f.flags.removeIf([](const PreflightFlag &fl) {
                return fl.kind == K::RenamedByProcore || fl.kind == K::EmptyName;
            });
            f.flags.append(preflight::checkForDestination(item.localPath, m_destination.effectiveKind()));
            if (m_report.isDrawings) {
                const preflight::SheetName sheet = preflight::sheetFromName(name);
                f.sheetNumber = sheet.number;
                f.revision =
                    sheet.revision.isEmpty() ? m_destination.drawing.defaultRevision : sheet.revision;
            }
        }
        compareWithRemote(f, folder);
        compareWithMedia(f);
        f.skip = f.choice == ConflictPolicy::Skip
                 || std::any_of(f.flags.cbegin(), f.flags.cend(),
                                [](const PreflightFlag &fl) { return fl.skipByDefault; });
        m_report.totalBytes += item.size;
        if (!f.skip) {
            ++m_report.uploadCount;
            m_report.uploadBytes += item.size;
        }
        m_report.files.append(f);
    }

    m_report.estimatedApiCalls = m_report.uploadCount * kCallsPerFile + int(m_report.foldersToCreate.size());
    if (m_destination.effectiveKind() == DestinationKind::Drawings && m_report.uploadCount > 0)
        m_report.estimatedApiCalls = m_report.uploadCount + 4; // one batch call and a few status polls
    m_report.estimatedSeconds = estimateSeconds(m_report.estimatedApiCalls, m_client->pacer());
    Q_EMIT finished();
}

} // namespace hoist
