#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

namespace testfiles {

QByteArray write(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator gen(seed);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    for (qint64 left = size; left > 0; left -= chunk.size()) {
        chunk.resize(qsizetype(std::min<qint64>(left, 1 << 16)));
        for (qsizetype i = 0; i < chunk.size(); ++i)
            chunk[i] = char(gen.generate() & 0xff);
        f.write(chunk);
        hash.addData(chunk);
    }
    return hash.result().toHex();
}

bool writeSparse(const QString &path, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(size);
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

qint64 peakRss(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

} // namespace testfiles
