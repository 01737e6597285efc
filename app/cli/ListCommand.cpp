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

    if (what.first() == QLatin1String("companies")) {
        std::unique_ptr<ApiReply> reply(CliSession::wait(client->companies()));
        if (!reply->isOk()) {
            err << reply->error().describe() << Qt::endl;
            return CliSession::exitCodeFor(reply->error());
        }
        if (p.isSet(json)) {
            printJson(out, reply->json().toArray());
            return ExitOk;
        }
        for (const Company &c : reply->companies())
            out << c.id << '\t' << c.name << '\n';
        return ExitOk;
    }

    if (!p.isSet(company)) {
        err << tr("--company is required.") << Qt::endl;
        return ExitUsage;
    }
    int code = ExitOk;
    const qint64 companyId = session.findCompany(p.value(company), err, &code);
    if (!companyId)
        return code;

    if (what.first() == QLatin1String("projects")) {
        QJsonArray all;
        for (int page = 1;; ++page) {
            std::unique_ptr<ApiReply> reply(CliSession::wait(client->projects(companyId, page, 300)));
            if (!reply->isOk()) {
                err << reply->error().describe() << Qt::endl;
                return CliSession::exitCodeFor(reply->error());
            }
            for (const QJsonValue &v : reply->json().toArray())
                all.append(v);
            if (!reply->hasNextPage() || reply->json().toArray().isEmpty())
                break;
        }
        if (p.isSet(json)) {
            printJson(out, all);
            return ExitOk;
        }
        for (const QJsonValue &v : std::as_const(all)) {
            const Project pr = Project::fromJson(v.toObject());
            out << pr.id << '\t' << pr.displayName << '\n';
        }
        return ExitOk;
    }

    // folders
    qint64 projectId = 0;
    if (p.isSet(project)) {
        projectId = session.findProject(companyId, p.value(project), err, &code);
        if (!projectId)
            return code;
    }
    qint64 folderId = 0;
    if (p.isSet(folder) && !p.value(folder).isEmpty()) {
        // Walk the path without creating anything.
        qint64 current = 0;
        for (const QString &segment : p.value(folder).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            std::unique_ptr<ApiReply> reply(CliSession::wait(client->folder(companyId, projectId, current)));
            if (!reply->isOk()) {
                err << reply->error().describe() << Qt::endl;
                return CliSession::exitCodeFor(reply->error());
            }
            current = -1;
            for (const Folder &f : reply->folder().folders)
                if (FolderResolver::normalizedName(f.name).compare(FolderResolver::normalizedName(segment),
                                                                   Qt::CaseInsensitive)
                    == 0)
                    current = f.id;
            if (current < 0) {
                err << tr("No folder '%1' in %2.").arg(segment, p.value(folder)) << Qt::endl;
                return ExitFailures;
            }
        }
        folderId = current;
    }
    std::unique_ptr<ApiReply> reply(CliSession::wait(client->folder(companyId, projectId, folderId)));
    if (!reply->isOk()) {
        err << reply->error().describe() << Qt::endl;
        return CliSession::exitCodeFor(reply->error());
    }
    const Folder f = reply->folder();
    if (p.isSet(json)) {
        QJsonArray out2;
        for (const QJsonValue &v : reply->json().toObject().value(u"folders"_s).toArray())
            out2.append(v);
        printJson(out, out2);
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

} // namespace hoist::cli
