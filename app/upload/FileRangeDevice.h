#pragma once

#include <QFile>
#include <QIODevice>

namespace hoist {

// A read-only window [offset, offset + length) of a file, as one QIODevice: the body of one
// segment PUT, streamed from disk. Seekable, so QNetworkAccessManager can rewind it for a resend.
class FileRangeDevice : public QIODevice
{
    Q_OBJECT

public:
    FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    QString fileErrorString() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace hoist
