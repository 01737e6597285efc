#include "CliCommands.h"
#include "CliSession.h"
#include "upload/FolderResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace hoist::cli {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hoist-cli", text);
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

// Which folder to list: of a company's Documents (projectId 0) or a project's; 0 for the root.
struct Place
{
    qint64 companyId = 0;
    qint64 projectId = 0;
    qint64 folderId = 0;
};

// Says a failed call's error; its exit code.
int failed(const ApiReply &reply, QTextStream &err)
{
    err << reply.error().describe() << Qt::endl;
    return CliSession::exitCodeFor(reply.error());
}

int listCompanies(ProcoreClient *client, bool json, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<ApiReply> reply(CliSession::wait(client->companies()));
    if (!reply->isOk())
        return failed(*reply, err);
    if (json) {
        printJson(out, reply->json().toArray());
        return ExitOk;
    }
    for (const Company &c : reply->companies())
        out << c.id << '\t' << c.name << '\n';
    return ExitOk;
}

int listProjects(ProcoreClient *client, qint64 companyId, bool json, QTextStream &out, QTextStream &err)
{
    QJsonArray all;
    for (int page = 1;; ++page) {
        std::unique_ptr<ApiReply> reply(CliSession::wait(client->projects(companyId, page, 300)));
        if (!reply->isOk())
            return failed(*reply, err);
        for (const QJsonValue &v : reply->json().toArray())
            all.append(v);
        if (!reply->hasNextPage() || reply->json().toArray().isEmpty())
            break;
    }
    if (json) {
        printJson(out, all);
        return ExitOk;
    }
    for (const QJsonValue &v : std::as_const(all)) {
        const Project pr = Project::fromJson(v.toObject());
        out << pr.id << '\t' << pr.displayName << '\n';
    }
    return ExitOk;
}

// The folder at `path` below the root, walked without creating anything: its id, or -1 after
// saying why (*exitCode set).
qint64 walkToFolder(ProcoreClient *client, qint64 companyId, qint64 projectId, const QString &path,
                    QTextStream &err, int *exitCode)
{
    qint64 current = 0;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        std::unique_ptr<ApiReply> reply(CliSession::wait(client->folder(companyId, projectId, current)));
        if (!reply->isOk()) {
            *exitCode = failed(*reply, err);
            return -1;
        }
        current = -1;
        for (const Folder &f : reply->folder().folders)
            if (FolderResolver::normalizedName(f.name).compare(FolderResolver::normalizedName(segment),
                                                               Qt::CaseInsensitive)
                == 0)
                current = f.id;
        if (current < 0) {
            err << tr("No folder '%1' in %2.").arg(segment, path) << Qt::endl;
            *exitCode = ExitFailures;
            return -1;
        }
    }
    return current;
}

int listFolders(ProcoreClient *client, const Place &where, bool json, QTextStream &out, QTextStream &err)
{
    std::unique_ptr<ApiReply> reply(
        CliSession::wait(client->folder(where.companyId, where.projectId, where.folderId)));
    if (!reply->isOk())
        return failed(*reply, err);
    const Folder f = reply->folder();
    if (json) {
        QJsonArray children;
        for (const QJsonValue &v : reply->json().toObject().value(u"folders"_s).toArray())
            children.append(v);
        printJson(out, children);
        return ExitOk;
    }
    for (const Folder &child : f.folders) {
        QString flags;
        if (child.readOnly)
            flags += tr(" (read-only)");
        if (child.isRecycleBin)
            flags += tr(" (recycle bin)");
        out << child.id << '\t' << (child.nameWithPath.isEmpty() ? child.name : child.nameWithPath) << flags
            << '\n';
    }
    return ExitOk;
}

} // namespace

int runList(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lists what the token can see, for scripts:\n"
           "  hoist-cli ls companies\n"
           "  hoist-cli ls projects --company ID|NAME\n"
           "  hoist-cli ls folders --company ID|NAME --project ID|NAME [--folder \"A/B\"]\n"
           "Exit codes: 0 ok, 2 bad command line, 3 token refused, 4 server unreachable, 1 other errors."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("what"), tr("companies, projects or folders"));
    CliSession session;
    session.addOptions(p);
    const QCommandLineOption company(QStringLiteral("company"), tr("Company id or name."),
                                     QStringLiteral("ID|NAME"));
    const QCommandLineOption project(QStringLiteral("project"), tr("Project id or name."),
                                     QStringLiteral("ID|NAME"));
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    tr("Folder path below Documents (default: the root)."),
                                    QStringLiteral("A/B"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    p.addOptions({company, project, folder, json});
    parseOrExit(p, args);

    QTextStream out(stdout), err(stderr);
    const QStringList what = p.positionalArguments();
    if (what.size() != 1
        || !QStringList{u"companies"_s, u"projects"_s, u"folders"_s}.contains(what.first())) {
        err << tr("Say what to list: companies, projects or folders.") << Qt::endl;
        return ExitUsage;
    }
    if (const int code = session.open(p, err); code != ExitOk)
        return code;
    ProcoreClient *client = session.client();
    const bool asJson = p.isSet(json);
    if (what.first() == QLatin1String("companies"))
        return listCompanies(client, asJson, out, err);
    if (!p.isSet(company)) {
        err << tr("--company is required.") << Qt::endl;
        return ExitUsage;
    }
    int code = ExitOk;
    Place where;
    where.companyId = session.findCompany(p.value(company), err, &code);
    if (!where.companyId)
        return code;
    if (what.first() == QLatin1String("projects"))
        return listProjects(client, where.companyId, asJson, out, err);
    if (p.isSet(project)) {
        where.projectId = session.findProject(where.companyId, p.value(project), err, &code);
        if (!where.projectId)
            return code;
    }
    if (p.isSet(folder) && !p.value(folder).isEmpty()) {
        where.folderId = walkToFolder(client, where.companyId, where.projectId, p.value(folder), err, &code);
        if (where.folderId < 0)
            return code;
    }
    return listFolders(client, where, asJson, out, err);
}

} // namespace hoist::cli
