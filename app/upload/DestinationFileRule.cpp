#include "DestinationFileRule.h"

#include <QFile>
#include <QMimeDatabase>

#include <algorithm>

namespace hoist {

namespace {
bool isPdfType(const QMimeType &type)
{
    return type.inherits(QStringLiteral("application/pdf"));
}
bool isImageType(const QMimeType &type)
{
    return type.name().startsWith(QLatin1String("image/"));
}
} // namespace

bool hasPdfHeader(const QString &localPath)
{
    QFile file(localPath);
    return file.open(QIODevice::ReadOnly) && file.read(1024).contains("%PDF-");
}

bool hasPdfEnd(const QString &localPath)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    file.seek(std::max<qint64>(0, file.size() - 1024));
    return file.read(1024).contains("%%EOF");
}

bool isImageFile(const QString &localPath)
{
    return isImageType(QMimeDatabase().mimeTypeForFile(localPath, QMimeDatabase::MatchDefault));
}

FileFit fileFit(const QString &localPath, DestinationKind kind)
{
    if (kind == DestinationKind::Photos && !isImageFile(localPath))
        return FileFit::NotAnImage;
    if (kind == DestinationKind::Drawings
        && (!isPdfType(QMimeDatabase().mimeTypeForFile(localPath)) || !hasPdfHeader(localPath)))
        return FileFit::NotAPdf;
    return FileFit::Fits;
}

QStringList acceptedFilePatterns(DestinationKind kind)
{
    if (kind != DestinationKind::Photos && kind != DestinationKind::Drawings)
        return {};
    QStringList patterns;
    for (const QMimeType &type : QMimeDatabase().allMimeTypes())
        if (kind == DestinationKind::Photos ? isImageType(type) : isPdfType(type))
            patterns.append(type.globPatterns());
    patterns.removeDuplicates();
    return patterns;
}

} // namespace hoist
