#include "SingleInstance.h"

#include "InstanceLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace hoist {

namespace {

constexpr qint64 kMaxMessage = 16 * 1024 * 1024; // paths of a very large selection, not more

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

SingleInstance::SingleInstance(const QString &setup, QObject *parent)
    : QObject(parent)
{
    const QByteArray key =
        (userName() + QLatin1Char('\n') + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
         + QLatin1Char('\n') + setup)
            .toUtf8();
    m_name =
        QStringLiteral("hoist-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::~SingleInstance() = default;

QStringList SingleInstance::absolutePaths(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths)
        out.append(QDir::cleanPath(QFileInfo(p).absoluteFilePath()));
    return out;
}

bool SingleInstance::handOver(const QStringList &paths, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray message =
        QJsonDocument(QJsonArray::fromStringList(absolutePaths(paths))).toJson(QJsonDocument::Compact) + '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    // A live instance answers: it keeps the name. (With UserAccessOption, Qt binds in a private
    // folder and renames the socket into place, which would silently take a live one's name.)
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000))
        return false;
    QLocalServer::removeServer(m_name); // what a crashed instance left, if anything
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return m_server->listen(m_name);
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessage) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
            if (!doc.isArray()) {
                socket->disconnectFromServer();
                return;
            }
            QStringList paths;
            for (const QJsonValue &v : doc.array())
                if (v.isString() && QFileInfo(v.toString()).isAbsolute())
                    paths.append(v.toString());
            socket->write("ok\n");
            socket->flush();
            qCInfo(lcInstance) << "a later launch handed over" << paths.size() << "path(s)";
            Q_EMIT pathsReceived(paths);
        });
    }
}

} // namespace hoist
