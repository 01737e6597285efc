#pragma once

#include "upload/UploadTypes.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace hoist::cli {

// `hoist-cli upload`'s command line, read and checked: what is uploaded, where, and how.
struct UploadOptions
{
    QStringList paths;
    bool resume = false;
    bool discard = false; // with resume: forget the unfinished files
    bool noJournal = false;
    QString journalPath; // empty: the environment's default journal
    qint64 segmentThreshold = 0;
    qint64 partBytes = 0;
    int parallel = 3;
    ConflictPolicy policy = ConflictPolicy::Ask;
    bool json = false;
    bool dryRun = false;
    bool strictFileUploads = false;
    bool includeSkipped = false;

    // Where: names or ids as given, looked up later (DestinationLookup).
    QString company;
    bool hasProject = false;
    QString project;
    DestinationKind kind = DestinationKind::CompanyDocuments;
    QString folderPath; // "A/B", empty for the root
    qint64 newVersionOf = 0;
    QString notes;
    // Photos
    bool hasAlbum = false;
    QString album;
    QString description;
    bool makePrivate = false;
    // Drawings (area and set as given; the ids are filled in by the look-up)
    bool hasDrawingArea = false;
    QString drawingArea;
    QString drawingSet;
    bool createSet = false;
    DrawingOptions drawing;

    // The help's description, --help and the PATH argument; then the session's options go in,
    // then addOptions().
    static void describe(QCommandLineParser &parser);
    static void addOptions(QCommandLineParser &parser);
    // The options of a parsed command line; nullopt and the reason when they do not go together.
    static std::optional<UploadOptions> read(const QCommandLineParser &parser, QString *error);

private:
    static void addDestinationOptions(QCommandLineParser &parser);
    bool readRun(const QCommandLineParser &parser, QString *error);
    bool readDestination(const QCommandLineParser &parser, QString *error);
    bool readDrawing(const QCommandLineParser &parser, QString *error);
};

} // namespace hoist::cli
