#include "PreflightRules.h"

#include "upload/DestinationFileRule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>
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
    case PreflightFlag::Kind::SameNameOtherSize:
        return QStringLiteral("same-name-other-size");
    case PreflightFlag::Kind::NotAnImage:
        return QStringLiteral("not-an-image");
    case PreflightFlag::Kind::NotAPdf:
        return QStringLiteral("not-a-pdf");
    case PreflightFlag::Kind::PdfMayBeCut:
        return QStringLiteral("pdf-may-be-cut");
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
    const bool pdfName = QMimeDatabase()
                             .mimeTypeForFile(localPath, QMimeDatabase::MatchExtension)
                             .inherits(QStringLiteral("application/pdf"));
    if (fit == FileFit::NotAPdf && pdfName)
        flags.append({K::NotAPdf,
                      QCoreApplication::translate("Preflight",
                                                  "Named as a PDF, but there is no PDF inside (%1); Procore "
                                                  "could not make a drawing of it. Export or copy it again.")
                          .arg(QLocale().formattedDataSize(QFileInfo(localPath).size(), 1,
                                                           QLocale::DataSizeIecFormat)),
                      true});
    else if (fit == FileFit::NotAPdf)
        flags.append({K::NotAPdf,
                      QCoreApplication::translate("Preflight",
                                                  "Not a PDF; Procore makes drawings from PDF files only."),
                      true});
    else if (kind == DestinationKind::Drawings && !hasPdfEnd(localPath))
        flags.append({K::PdfMayBeCut,
                      QCoreApplication::translate("Preflight",
                                                  "The PDF has no end marker, so it may be incomplete (still "
                                                  "being copied or saved?). Check that it opens."),
                      false});
    return flags;
}

SheetName sheetFromName(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    // A sheet number: a discipline's letters, then digits ("A-101", "S2.01", "M101", "FP-1.2a").
    static const QRegularExpression number(
        QStringLiteral(R"(^\s*([A-Za-z]{1,3}\s?[-._]?\s?\d{1,4}(?:[.-]\d{1,3})?[A-Za-z]?)(?=$|[\s_]))"));
    // A revision near the end: "Rev 3", "Rev.3", "Revision B", "_rev3", "R3".
    static const QRegularExpression revision(
        QStringLiteral(R"((?:^|[\s_\-(])(?:rev(?:ision)?[\s._-]*([A-Za-z0-9]{1,4})|[Rr](\d{1,3}))\)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    SheetName sheet;
    const QRegularExpressionMatch rev = revision.match(base);
    QString rest = base;
    if (rev.hasMatch()) {
        sheet.revision = rev.captured(1).isEmpty() ? rev.captured(2) : rev.captured(1);
        rest = base.left(rev.capturedStart());
    }
    if (const QRegularExpressionMatch n = number.match(rest); n.hasMatch())
        sheet.number = n.captured(1).remove(QLatin1Char(' ')).toUpper();
    return sheet;
}

} // namespace hoist::preflight
