#pragma once

#include "upload/UploadTypes.h"

#include <QString>
#include <QTextStream>

namespace hoist {
class DestinationCatalog;
}

namespace hoist::cli {

class CliSession;
struct UploadOptions;

// The destination of `hoist-cli upload` from the options' ids and names: the company and the
// project, and for Photos the album, for Drawings the area and the set (from the DestinationCatalog
// the window's pickers use too). What is not there yet (an
// album, a set with --create-set, the --folder path) is created by createMissing(), after the
// review, so that a dry run writes nothing.
class DestinationLookup
{
public:
    DestinationLookup(CliSession &session, QTextStream &err);

    // Both return ExitOk, or the exit code after saying why on err.
    int find(const UploadOptions &options, Destination *dest);
    int createMissing(const UploadOptions &options, Destination *dest);
    // The album is made by createMissing(): the review finds nothing in it.
    bool createsAlbum() const { return !m_albumToCreate.isEmpty(); }

private:
    DestinationCatalog catalogOf(const Destination &dest) const;
    int findAlbum(const UploadOptions &options, Destination *dest);
    int findDrawingAreaAndSet(const UploadOptions &options, Destination *dest);
    int createFolder(Destination *dest);

    CliSession &m_session;
    QTextStream &m_err;
    QString m_albumToCreate;
    QString m_setToCreate;
};

} // namespace hoist::cli
