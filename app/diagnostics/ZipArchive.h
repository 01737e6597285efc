#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QZipWriter;

namespace hoist {

// A zip file written entry by entry, compressed. Qt's QZipWriter comes from Qt's private
// headers, so it is used in this one file pair only: Debian's private headers are configured for
// Linux, and the portability check (tests/portability) says it does not compile ZipArchive.cpp.
class ZipArchive
{
public:
    explicit ZipArchive(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOk() const; // false once the file cannot be written
    void add(const QString &name, const QByteArray &data);
    bool close(); // true when every entry reached the file

private:
    std::unique_ptr<QZipWriter> m_zip;
};

} // namespace hoist
