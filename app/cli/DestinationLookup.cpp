#include "DestinationLookup.h"

#include "CliCommands.h"
#include "CliSession.h"
#include "CliText.h"
#include "UploadOptions.h"
#include "procore/ApiReply.h"
#include "procore/DestinationCatalog.h"
#include "procore/ProcoreClient.h"
#include "upload/FolderResolver.h"

#include <QEventLoop>

#include <memory>

namespace hoist::cli {

namespace {

QString tr(const char *text)
{
    return cliText(text);
}

// Runs the event loop until the call is answered.
bool waitFor(ApiReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->isOk();
}

QString namesOf(const QList<NamedItem> &items)
{
    QStringList names;
    for (const NamedItem &i : items)
        names << QStringLiteral("%1 (%2)").arg(i.name).arg(i.id);
    return names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
}

} // namespace

DestinationLookup::DestinationLookup(CliSession &session, QTextStream &err)
    : m_session(session)
    , m_err(err)
{}

DestinationCatalog DestinationLookup::catalogOf(const Destination &dest) const
{
    return DestinationCatalog(m_session.client(), dest.companyId, dest.projectId);
}

int DestinationLookup::find(const UploadOptions &o, Destination *dest)
{
    int code = ExitOk;
    dest->companyId = m_session.findCompany(o.company, m_err, &code);
    if (!dest->companyId)
        return code;
    if (o.hasProject) {
        dest->projectId = m_session.findProject(dest->companyId, o.project, m_err, &code);
        if (!dest->projectId)
            return code;
    }
    dest->kind = o.kind;
    dest->folderPath = o.folderPath;
    dest->newVersionOf = o.newVersionOf;
    dest->versionNotes = o.notes;
    if (o.kind == DestinationKind::Photos)
        return findAlbum(o, dest);
    if (o.kind == DestinationKind::Drawings)
        return findDrawingAreaAndSet(o, dest);
    return ExitOk;
}

int DestinationLookup::findAlbum(const UploadOptions &o, Destination *dest)
{
    dest->photo.description = o.description;
    dest->photo.isPrivate = o.makePrivate;
    if (!o.hasAlbum)
        return ExitOk;
    std::unique_ptr<ApiReply> r(catalogOf(*dest).list(DestinationCatalog::Kind::Albums));
    if (!waitFor(r.get())) {
        m_err << tr("Could not list the project's albums: %1").arg(r->error().describe()) << Qt::endl;
        return CliSession::exitCodeFor(r->error());
    }
    if (const auto found = DestinationCatalog::find(DestinationCatalog::items(r.get()), o.album)) {
        dest->photo.albumId = found->id;
        dest->photo.albumName = found->name;
    } else {
        m_albumToCreate = o.album.trimmed();
        dest->photo.albumName = m_albumToCreate;
    }
    return ExitOk;
}

int DestinationLookup::findDrawingAreaAndSet(const UploadOptions &o, Destination *dest)
{
    dest->drawing = o.drawing;
    const DestinationCatalog catalog = catalogOf(*dest);
    std::unique_ptr<ApiReply> areas(catalog.list(DestinationCatalog::Kind::DrawingAreas));
    std::unique_ptr<ApiReply> sets(catalog.list(DestinationCatalog::Kind::DrawingSets));
    if (!waitFor(areas.get()) || !waitFor(sets.get())) {
        const ProcoreError e = areas->isOk() ? sets->error() : areas->error();
        m_err << tr("Could not list the project's drawing areas and sets: %1").arg(e.describe()) << Qt::endl;
        return CliSession::exitCodeFor(e);
    }
    const QList<NamedItem> areaList = DestinationCatalog::items(areas.get());
    if (o.hasDrawingArea) {
        const auto found = DestinationCatalog::find(areaList, o.drawingArea);
        if (!found) {
            m_err << tr("No drawing area %1 in this project; there are: %2.")
                         .arg(o.drawingArea, namesOf(areaList))
                  << Qt::endl;
            return ExitUsage;
        }
        dest->drawing.areaId = found->id;
    } else if (!areaList.isEmpty()) {
        m_err << tr("This project uses drawing areas; choose one with --drawing-area: %1.")
                     .arg(namesOf(areaList))
              << Qt::endl;
        return ExitUsage;
    }
    const QList<NamedItem> setList = DestinationCatalog::items(sets.get());
    if (const auto found = DestinationCatalog::find(setList, o.drawingSet)) {
        dest->drawing.setId = found->id;
        dest->drawing.setName = found->name;
    } else if (o.createSet) {
        m_setToCreate = o.drawingSet.trimmed();
        dest->drawing.setName = m_setToCreate;
    } else {
        m_err << tr("No drawing set %1 in this project (--create-set makes it); there are: %2.")
                     .arg(o.drawingSet, namesOf(setList))
              << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

int DestinationLookup::createMissing(const UploadOptions &o, Destination *dest)
{
    if (!m_albumToCreate.isEmpty()) {
        std::unique_ptr<ApiReply> r(
            catalogOf(*dest).create(DestinationCatalog::Kind::Albums, m_albumToCreate, o.makePrivate));
        if (!waitFor(r.get())) {
            m_err << tr("Could not create the album %1: %2").arg(m_albumToCreate, r->error().describe())
                  << Qt::endl;
            return CliSession::exitCodeFor(r->error());
        }
        dest->photo.albumId = DestinationCatalog::created(r.get()).id;
    }
    if (!m_setToCreate.isEmpty()) {
        std::unique_ptr<ApiReply> r(
            catalogOf(*dest).create(DestinationCatalog::Kind::DrawingSets, m_setToCreate));
        if (!waitFor(r.get())) {
            m_err << tr("Could not create the drawing set %1: %2").arg(m_setToCreate, r->error().describe())
                  << Qt::endl;
            return CliSession::exitCodeFor(r->error());
        }
        dest->drawing.setId = DestinationCatalog::created(r.get()).id;
    }
    return dest->folderPath.isEmpty() ? ExitOk : createFolder(dest);
}

int DestinationLookup::createFolder(Destination *dest)
{
    FolderResolver resolver(m_session.client(), dest->companyId, dest->projectId, 0);
    ProcoreError error;
    QEventLoop loop;
    resolver.ensure(dest->folderPath, &loop, [&](qint64 id, const ProcoreError &e) {
        dest->folderId = id;
        error = e;
        loop.quit();
    });
    loop.exec();
    if (error.isError()) {
        m_err << tr("Could not open or create the folder %1: %2").arg(dest->folderPath, error.describe())
              << Qt::endl;
        return CliSession::exitCodeFor(error);
    }
    return ExitOk;
}

} // namespace hoist::cli
