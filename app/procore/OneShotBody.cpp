#include "OneShotBody.h"

#include <algorithm>
#include <cstring>

namespace hoist {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::seek(qint64 pos)
{
    // Forward or in place only once bytes went out: going back would send them again.
    if ((m_read && pos < m_pos) || pos < 0 || pos > m_data.size())
        return false;
    m_pos = pos;
    return QIODevice::seek(pos);
}

bool OneShotBody::reset()
{
    return seek(0);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    m_read = true;
    return n;
}

} // namespace hoist
