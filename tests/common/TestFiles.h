#pragma once

#include <QByteArray>
#include <QString>

namespace testfiles {

// Writes `size` bytes of deterministic pseudo-random content; returns the file's sha256 (hex).
QByteArray write(const QString &path, qint64 size, quint32 seed = 1);
// A file of `size` bytes that takes no disk space (all zeros), for multi-GB uploads.
bool writeSparse(const QString &path, qint64 size);
QByteArray sha256Of(const QString &path);
// The peak resident set size of a process, in bytes (VmHWM from /proc), or -1.
qint64 peakRss(qint64 pid);

} // namespace testfiles
