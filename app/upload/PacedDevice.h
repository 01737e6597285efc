#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QString>

class QTimer;

namespace hoist {

class BandwidthLimiter;

// A request body read at the pace a BandwidthLimiter allows: `prefix`, then the open `source`
// device (owned), then `suffix`. Sequential with a known size(), so QNetworkAccessManager streams
// it when the request carries a Content-Length, and asks again when readyRead() says more bytes
// may go.
class PacedDevice : public QIODevice
{
    Q_OBJECT

public:
    PacedDevice(QByteArray prefix, QIODevice *source, QByteArray suffix, BandwidthLimiter *limiter,
                QObject *parent = nullptr);

    // The multipart/form-data body of a storage POST (the ticket's fields in order, then `file`
    // with `fileName` and `contentType`, read from `file`); *contentTypeHeader gets the header
    // value with its boundary.
    static PacedDevice *formData(const QList<QPair<QString, QString>> &fields, const QString &fileName,
                                 const QByteArray &contentType, QIODevice *file, BandwidthLimiter *limiter,
                                 QByteArray *contentTypeHeader);

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_total; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override { return m_read >= m_total; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_prefix;
    QIODevice *m_source;
    QByteArray m_suffix;
    BandwidthLimiter *m_limiter;
    qint64 m_sourceSize;
    qint64 m_total;
    qint64 m_read = 0;
    QTimer *m_wake;
};

} // namespace hoist
