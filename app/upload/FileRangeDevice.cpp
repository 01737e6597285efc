#include "FileRangeDevice.h"

#include <algorithm>

namespace hoist {

FileRangeDevice::FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{}

bool FileRangeDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset + m_length) {
        setErrorString(tr("The file is shorter than when it was planned (it changed)."));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset))
        return false;
    return QIODevice::open(ReadOnly | Unbuffered);
}

void FileRangeDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

bool FileRangeDevice::atEnd() const
{
    return pos() >= m_length;
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return 0; // the end of the window (a zero-length file is at its end at once)
    const qint64 n = m_file.read(data, std::min(maxSize, left));
    return n == 0 ? -1 : n; // the file ended before the window did: it shrank
}

} // namespace hoist
