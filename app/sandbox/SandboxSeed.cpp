#include "SandboxSeed.h"

#include "SandboxState.h"

#include <QStringList>

namespace hoist::sandbox {

namespace {

constexpr qint64 kUserBase = 1'000'000'000'000LL;
constexpr qint64 kCompanyBase = 562'949'953'421'312LL; // 2^49: ids must be 64-bit
constexpr qint64 kProjectBase = 281'474'976'710'656LL; // 2^48
constexpr qint64 kFolderBase = 8'000'000'000'000LL;
constexpr qint64 kFileBase = 9'000'000'000'000LL;
constexpr qint64 kMiscBase = 7'000'000'000'000LL;

struct TreeNode
{
    const char *name;
    QStringList children;
};

const QList<TreeNode> &projectTree()
{
    static const QList<TreeNode> tree = {
        {"Drawings",
         {QStringLiteral("Architectural"), QStringLiteral("Structural"), QStringLiteral("Mechanical"),
          QStringLiteral("Electrical"), QStringLiteral("Plumbing"), QStringLiteral("Civil")}},
        {"Specifications",
         {QStringLiteral("Division 01 - General Requirements"), QStringLiteral("Division 03 - Concrete"),
          QStringLiteral("Division 05 - Metals"), QStringLiteral("Division 09 - Finishes"),
          QStringLiteral("Division 23 - HVAC"), QStringLiteral("Division 26 - Electrical")}},
        {"Submittals",
         {QStringLiteral("Approved"), QStringLiteral("Pending Review"),
          QStringLiteral("Revise and Resubmit")}},
        {"RFIs", {}},
        {"Photos",
         {QStringLiteral("Site Progress"), QStringLiteral("Inspections"), QStringLiteral("Punch List")}},
        {"Contracts & Change Orders", {}},
        {"Meeting Minutes", {}},
        {"Closeout",
         {QStringLiteral("O&M Manuals"), QStringLiteral("Warranties"), QStringLiteral("As-Builts")}},
    };
    return tree;
}

qint64 addFolder(SandboxState &s, qint64 parentId, qint64 companyId, qint64 projectId, const QString &name,
                 bool readOnly = false, bool recycleBin = false, bool isPrivate = false)
{
    Folder f;
    f.id = s.nextId(kFolderBase);
    f.parentId = parentId;
    f.companyId = companyId;
    f.projectId = projectId;
    f.name = name;
    f.readOnly = readOnly;
    f.recycleBin = recycleBin;
    f.isPrivate = isPrivate;
    f.updatedAt = QDateTime::currentDateTimeUtc();
    s.folders[f.id] = f;
    return f.id;
}

void addExistingFile(SandboxState &s, qint64 folderId, qint64 companyId, qint64 projectId,
                     const QString &name, qint64 size, qint64 userId)
{
    StoredFile f;
    f.id = s.nextId(kFileBase);
    f.folderId = folderId;
    f.companyId = companyId;
    f.projectId = projectId;
    f.name = name;
    f.createdAt = QDateTime::currentDateTimeUtc().addDays(-30);
    FileVersion v;
    v.id = s.nextId(kFileBase);
    v.number = 1;
    v.size = size;
    v.createdBy = userId;
    v.createdAt = f.createdAt;
    f.versions.push_back(v);
    s.addFile(f);
}

void seedProjectContent(SandboxState &s, const Project &p, qint64 userId, bool withFiles)
{
    const qint64 root = addFolder(s, 0, p.companyId, p.id, QStringLiteral("Documents"));
    for (const TreeNode &node : projectTree()) {
        const qint64 id = addFolder(s, root, p.companyId, p.id, QString::fromUtf8(node.name));
        for (const QString &child : node.children) {
            const qint64 childId = addFolder(s, id, p.companyId, p.id, child);
            if (withFiles && child == QLatin1String("Architectural")) {
                addExistingFile(s, childId, p.companyId, p.id, QStringLiteral("A-101 Ground Floor Plan.pdf"),
                                2'483'201, userId);
                addExistingFile(s, childId, p.companyId, p.id,
                                QStringLiteral("A-201 Building Elevations.pdf"), 3'120'554, userId);
            }
        }
        if (withFiles && QLatin1String(node.name) == QLatin1String("RFIs"))
            addExistingFile(s, id, p.companyId, p.id, QStringLiteral("RFI-014 Footing Depth at Grid C4.pdf"),
                            412'880, userId);
    }
    addFolder(s, root, p.companyId, p.id, QStringLiteral("Owner Issued (read-only)"), /*readOnly=*/true);
    addFolder(s, root, p.companyId, p.id, QStringLiteral("Recycle Bin"), false, /*recycleBin=*/true);

    for (const char *album : {"Site Progress", "Safety", "Inspections"}) {
        ImageCategory c{s.nextId(kMiscBase), p.id, QString::fromUtf8(album), false,
                        QDateTime::currentDateTimeUtc()};
        s.imageCategories[c.id] = c;
    }
    for (const char *area : {"Building A", "Parking Structure"}) {
        DrawingArea a{s.nextId(kMiscBase), p.id, QString::fromUtf8(area)};
        s.drawingAreas[a.id] = a;
    }
    DrawingSet ifc{s.nextId(kMiscBase), p.id, QStringLiteral("Issued for Construction"),
                   QStringLiteral("2026-03-02")};
    s.drawingSets[ifc.id] = ifc;
    DrawingSet add1{s.nextId(kMiscBase), p.id, QStringLiteral("Addendum 1"), QStringLiteral("2026-05-18")};
    s.drawingSets[add1.id] = add1;
}

void seedCompanyDocuments(SandboxState &s, qint64 companyId)
{
    const qint64 root = addFolder(s, 0, companyId, 0, QStringLiteral("Documents"));
    for (const char *name : {"Safety Program", "Insurance Certificates", "Templates", "Estimating"})
        addFolder(s, root, companyId, 0, QString::fromUtf8(name));
    addFolder(s, root, companyId, 0, QStringLiteral("HR"), false, false, /*private=*/true);
    addFolder(s, root, companyId, 0, QStringLiteral("Recycle Bin"), false, /*recycleBin=*/true);
}

} // namespace

void seedSandbox(SandboxState &s)
{
    User pat{kUserBase + 1, QStringLiteral("pat.morgan@summitridge.example"), QStringLiteral("Pat Morgan")};
    User sam{kUserBase + 2, QStringLiteral("sam.rivera@summitridge.example"), QStringLiteral("Sam Rivera")};
    s.users[pat.id] = pat;
    s.users[sam.id] = sam;
    s.defaultUserId = pat.id;

    struct CompanySeed
    {
        const char *name;
        int projects;
    };
    const QList<CompanySeed> companies = {
        {"Summit Ridge Builders", 140}, // more than one page of 100
        {"Harbor & Vine General Contracting", 12},
        {"Cascade Mechanical Services", 4},
    };
    const QStringList places = {
        QStringLiteral("Riverside"),   QStringLiteral("Northgate"),     QStringLiteral("Cedar Hills"),
        QStringLiteral("Lakeshore"),   QStringLiteral("Granite Falls"), QStringLiteral("Westfield"),
        QStringLiteral("Eastbrook"),   QStringLiteral("Pine Valley"),   QStringLiteral("Harbor Point"),
        QStringLiteral("Maple Grove"), QStringLiteral("Stonebridge"),   QStringLiteral("Willow Creek"),
        QStringLiteral("Oak Park"),    QStringLiteral("Summit View")};
    const QStringList kinds = {
        QStringLiteral("Medical Center"),       QStringLiteral("Elementary School"),
        QStringLiteral("Mixed-Use Tower"),      QStringLiteral("Parking Structure"),
        QStringLiteral("Fire Station"),         QStringLiteral("Public Library"),
        QStringLiteral("Distribution Center"),  QStringLiteral("Water Treatment Plant"),
        QStringLiteral("Senior Living Campus"), QStringLiteral("Community Recreation Center")};
    const QStringList cities = {QStringLiteral("Denver, CO"), QStringLiteral("Boise, ID"),
                                QStringLiteral("Austin, TX"), QStringLiteral("Portland, OR"),
                                QStringLiteral("Raleigh, NC")};

    int projectCounter = 0;
    for (int ci = 0; ci < companies.size(); ++ci) {
        Company c{kCompanyBase + ci + 1, QString::fromUtf8(companies[ci].name), true};
        s.companies[c.id] = c;
        s.companyUsers[c.id].append(pat.id);
        if (ci == 0)
            s.companyUsers[c.id].append(sam.id);
        seedCompanyDocuments(s, c.id);
        for (int pi = 0; pi < companies[ci].projects; ++pi, ++projectCounter) {
            Project p;
            p.id = kProjectBase + projectCounter + 1;
            p.companyId = c.id;
            const QString place = places[projectCounter % places.size()];
            const QString kind = kinds[(projectCounter / places.size() + projectCounter) % kinds.size()];
            p.name = place + QLatin1Char(' ') + kind;
            if (projectCounter >= places.size() * kinds.size() / 2)
                p.name += QStringLiteral(" - Phase %1").arg(projectCounter / 70 + 2);
            p.projectNumber =
                QStringLiteral("%1-%2").arg(2024 + projectCounter % 3).arg(100 + projectCounter);
            p.city = cities[projectCounter % cities.size()];
            p.active = (pi % 17) != 16;
            s.projects[p.id] = p;
            seedProjectContent(s, p, pat.id, pi < 3);
        }
    }

    OAuthClient client;
    client.clientId = QStringLiteral("hoist-sandbox-client");
    client.clientSecret = QStringLiteral("hoist-sandbox-secret");
    client.redirectUris = {QStringLiteral("http://localhost:8765/"), QStringLiteral("http://127.0.0.1:8765/"),
                           QStringLiteral("urn:ietf:wg:oauth:2.0:oob")};
    s.oauthClients[client.clientId] = client;
    // A public client, as Hoist's build or a site registers it (issue 26): no secret, PKCE required.
    OAuthClient pub = client;
    pub.clientId = QStringLiteral("hoist-sandbox-public");
    pub.clientSecret.clear();
    s.oauthClients[pub.clientId] = pub;
    s.dirty = true;
}

} // namespace hoist::sandbox
