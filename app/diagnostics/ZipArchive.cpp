#include "ZipArchive.h"

#include <QtGui/private/qzipwriter_p.h>

namespace hoist {

ZipArchive::ZipArchive(const QString &path)
    : m_zip(std::make_unique<QZipWriter>(path))
{
    m_zip->setCompressionPolicy(QZipWriter::AlwaysCompress);
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::isOk() const
{
    return m_zip->status() == QZipWriter::NoError;
}

void ZipArchive::add(const QString &name, const QByteArray &data)
{
    m_zip->addFile(name, data);
}

bool ZipArchive::close()
{
    m_zip->close();
    return isOk();
}

} // namespace hoist
