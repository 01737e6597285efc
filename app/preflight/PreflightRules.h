#pragma once

#include "upload/UploadTypes.h"

#include <QList>
#include <QString>

namespace hoist {

// What Hoist checks about one local file before spending a single API call on it.
struct PreflightFlag
{
    enum class Kind {
        RenamedByProcore,  // characters the Documents tool strips: the stored name differs
        StrictExtension,   // on Procore's "strict file uploads" list: refused when the company enforces it
        NeedsSegments,     // over the single-POST limit: goes up as a segmented upload
        ZeroBytes,         // empty file: uploads, but is rarely what was meant
        HiddenOrSystem,    // .DS_Store, Thumbs.db, desktop.ini, ~$ lock files, dot-files: skipped by default
        EmptyName,         // nothing is left of the name once Procore strips characters
        AlreadyThere,      // same name and size at the destination (Photos: in the album; Drawings: the
                           // sheet number and revision in the area): skipped by default
        NameClash,         // same name, another size: a changed file; the review asks what to do with it
        SameNameOtherSize, // Photos: an image of that name but another size in the album: said; it uploads
        NotAnImage,        // Photos: not an image; left out before any upload starts
        NotAPdf, // Drawings: Procore processes PDF drawings only (a .pdf with no PDF inside too); left out
        PdfMayBeCut, // Drawings: a PDF without its end marker, likely incomplete
    };
    Kind kind;
    QString reason; // for people, translated
    bool skipByDefault = false;
};

struct PreflightOptions
{
    bool strictFileUploads = false;                    // the company enforces Procore's strict list
    qint64 singlePostLimit = 5LL * 1000 * 1000 * 1000; // S3: 5 GB per POST
    // The name-clash setting: a changed file's choice starts at it (Ask: at New version, where
    // Procore keeps versions).
    ConflictPolicy conflictPolicy = ConflictPolicy::Ask;
    // Photos: the album is made after the review (hoist-cli --album NEW), so nothing is in it yet.
    bool albumIsNew = false;
};

namespace preflight {

// The name Procore's Documents tool stores: # % * : < > ? / \ | ~ removed, ends trimmed.
QString documentsName(const QString &name);
bool isStrictExtension(const QString &fileName);
bool isHiddenOrSystem(const QString &fileName);
// Flags that need no network: name, extension, size, hidden/system.
QList<PreflightFlag> checkLocal(const QString &fileName, qint64 size, const PreflightOptions &options = {});
QString kindName(PreflightFlag::Kind kind);
// A drawing's sheet number and revision, as its file name gives them: "A-101 Floor Plan Rev 3.pdf"
// → {"A-101", "3"}; "S2.01_rev3.pdf", "M-201 R3.pdf", "E101 Rev.B.pdf" too. Empty when not found.
struct SheetName
{
    QString number;
    QString revision;
};
SheetName sheetFromName(const QString &fileName);
// Flags for where the file goes: Photos take images only, Drawings PDFs only (by content type).
QList<PreflightFlag>
checkForDestination(const QString &localPath,
                    DestinationKind kind); // "renamed", "strict-extension", … for JSON and tests

} // namespace preflight

} // namespace hoist
