#include "PreflightRules.h"

#include "upload/DestinationFileRule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

namespace hoist::preflight {

namespace {

// reference-clients.md §2.1: with "strict file uploads" on, Procore may refuse these.
const QSet<QString> &strictExtensions()
{
    static const QSet<QString> list = {
        QStringLiteral("apk"),     QStringLiteral("app"),      QStringLiteral("bat"),
        QStringLiteral("bin"),     QStringLiteral("cmd"),      QStringLiteral("com"),
        QStringLiteral("command"), QStringLiteral("cpl"),      QStringLiteral("csh"),
        QStringLiteral("exe"),     QStringLiteral("gadget"),   QStringLiteral("inf1"),
        QStringLiteral("ins"),     QStringLiteral("inx"),      QStringLiteral("ipa"),
        QStringLiteral("isu"),     QStringLiteral("job"),      QStringLiteral("jse"),
        QStringLiteral("ksh"),     QStringLiteral("lnk"),      QStringLiteral("msc"),
        QStringLiteral("msi"),     QStringLiteral("msp"),      QStringLiteral("mst"),
        QStringLiteral("osx"),     QStringLiteral("out"),      QStringLiteral("paf"),
        QStringLiteral("pif"),     QStringLiteral("prg"),      QStringLiteral("ps1"),
        QStringLiteral("reg"),     QStringLiteral("rgs"),      QStringLiteral("run"),
        QStringLiteral("sct"),     QStringLiteral("shb"),      QStringLiteral("shs"),
        QStringLiteral("u3p"),     QStringLiteral("vb"),       QStringLiteral("vbe"),
        QStringLiteral("vbs"),     QStringLiteral("vbscript"), QStringLiteral("workflow"),
        QStringLiteral("ws"),      QStringLiteral("wsf"),
    };
    return list;
}

} // namespace

QString documentsName(const QString &name)
{
    static const QString stripped = QStringLiteral("#%*:<>?/\\|~");
    QString out;
    out.reserve(name.size());
    for (const QChar ch : name)
        if (!stripped.contains(ch))
            out.append(ch);
    return out.trimmed();
}

bool isStrictExtension(const QString &fileName)
{
    return strictExtensions().contains(QFileInfo(fileName).suffix().toLower());
}

bool isHiddenOrSystem(const QString &fileName)
{
    static const QSet<QString> system = {QStringLiteral(".ds_store"), QStringLiteral("thumbs.db"),
                                         QStringLiteral("desktop.ini"), QStringLiteral("ehthumbs.db"),
                                         QStringLiteral(".localized")};
    return system.contains(fileName.toLower()) || fileName.startsWith(QLatin1String("~$"))
           || fileName.startsWith(QLatin1Char('.'));
}

QList<PreflightFlag> checkLocal(const QString &fileName, qint64 size, const PreflightOptions &options)
{
    using K = PreflightFlag::Kind;
    QList<PreflightFlag> flags;
    if (isHiddenOrSystem(fileName))
        flags.append({K::HiddenOrSystem,
                      QCoreApplication::translate("Preflight",
                                                  "A hidden or system file; usually not meant for Procore."),
                      true});
    const QString stored = documentsName(fileName);
    if (stored.isEmpty())
        flags.append(
            {K::EmptyName,
             QCoreApplication::translate(
                 "Preflight", "Procore removes every character of this name; rename the file first."),
             true});
    else if (stored != fileName)
        flags.append(
            {K::RenamedByProcore,
             QCoreApplication::translate("Preflight", "Procore will store it as \u201c%1\u201d.").arg(stored),
             false});
    if (isStrictExtension(fileName))
        flags.append(
            {K::StrictExtension,
             options.strictFileUploads
                 ? QCoreApplication::translate(
                       "Preflight",
                       "This company blocks .%1 files (strict file uploads); Procore will refuse it.")
                       .arg(QFileInfo(fileName).suffix().toLower())
                 : QCoreApplication::translate("Preflight",
                                               "Companies with strict file uploads refuse .%1 files.")
                       .arg(QFileInfo(fileName).suffix().toLower()),
             options.strictFileUploads});
    if (size == 0)
        flags.append(
            {K::ZeroBytes, QCoreApplication::translate("Preflight", "The file is empty (0 bytes)."), false});
    if (size > options.singlePostLimit)
        flags.append({K::NeedsSegments,
                      QCoreApplication::translate(
                          "Preflight", "Larger than one upload can carry; it goes up in segments."),
                      false});
    return flags;
}

QString kindName(PreflightFlag::Kind kind)
{
    switch (kind) {
    case PreflightFlag::Kind::RenamedByProcore:
        return QStringLiteral("renamed");
    case PreflightFlag::Kind::StrictExtension:
        return QStringLiteral("strict-extension");
    case PreflightFlag::Kind::NeedsSegments:
        return QStringLiteral("needs-segments");
    case PreflightFlag::Kind::ZeroBytes:
        return QStringLiteral("zero-bytes");
    case PreflightFlag::Kind::HiddenOrSystem:
        return QStringLiteral("hidden-or-system");
    case PreflightFlag::Kind::EmptyName:
        return QStringLiteral("empty-name");
    case PreflightFlag::Kind::AlreadyThere:
        return QStringLiteral("already-there");
    case PreflightFlag::Kind::NameClash:
        return QStringLiteral("name-clash");
    case PreflightFlag::Kind::NotAnImage:
        return QStringLiteral("not-an-image");
    case PreflightFlag::Kind::NotAPdf:
        return QStringLiteral("not-a-pdf");
    }
    return {};
}

QList<PreflightFlag> checkForDestination(const QString &localPath, DestinationKind kind)
{
    using K = PreflightFlag::Kind;
    QList<PreflightFlag> flags;
    const FileFit fit = fileFit(localPath, kind);
    if (fit == FileFit::NotAnImage)
        flags.append(
            {K::NotAnImage,
             QCoreApplication::translate(
                 "Preflight", "Not an image (%1); Photos take only images such as JPEG or PNG. Upload it to "
                              "Documents instead.")
                 .arg(QMimeDatabase().mimeTypeForFile(localPath).comment()),
             true});
    if (fit == FileFit::NotAPdf)
        flags.append({K::NotAPdf,
                      QCoreApplication::translate("Preflight",
                                                  "Not a PDF; Procore makes drawings from PDF files only."),
                      true});
    return flags;
}

} // namespace hoist::preflight
