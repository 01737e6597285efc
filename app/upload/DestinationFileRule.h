#pragma once

#include "upload/UploadTypes.h"

#include <QString>
#include <QStringList>

namespace hoist {

// The one rule of which files a destination takes: Photos take only images, Drawings only PDFs,
// the Documents kinds any file. The window, hoist-cli's review and the upload itself ask here.
enum class FileFit {
    Fits,
    NotAnImage, // Photos: not an image (by content type, from the name and the bytes)
    NotAPdf,    // Drawings: Procore makes drawings from PDF files only (a PDF's name without one inside too)
};

FileFit fileFit(const QString &localPath, DestinationKind kind);
inline bool fitsDestination(const QString &localPath, DestinationKind kind)
{
    return fileFit(localPath, kind) == FileFit::Fits;
}
// Drawings: the bytes begin as a PDF's do ("%PDF-" within the first KiB, where PDF readers look).
bool hasPdfHeader(const QString &localPath);
// A PDF's last KiB holds its end marker ("%%EOF"); without it the file is likely cut short.
bool hasPdfEnd(const QString &localPath);
// True for an image, by content type (from the name and the bytes).
bool isImageFile(const QString &localPath);
// The name patterns of the files `kind` takes ("*.jpg", "*.png", … or "*.pdf"), for a file
// dialog's filter; empty when it takes any file.
QStringList acceptedFilePatterns(DestinationKind kind);

} // namespace hoist
