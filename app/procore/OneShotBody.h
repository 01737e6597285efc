#pragma once

#include <QByteArray>
#include <QIODevice>

namespace hoist {

// The body of a call that creates something in Procore. It can be read once: Qt's HTTP layer
// re-sends a request by itself when a kept-alive connection closes before any answer, and with
// this device that re-send fails (QNetworkReply::ContentReSendError) instead of creating a
// second object. The caller then looks at what exists before it decides to send again.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool reset() override;
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool wasRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_read = false;
};

} // namespace hoist
