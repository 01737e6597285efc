#include "SingleInstance.h"

#include "InstanceLog.h"
#include "InstancePlatform.h"

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
    const QString name =
        QStringLiteral("hoist-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
#ifdef Q_OS_WIN
    m_name = name; // a pipe name; Qt's UserAccessOption keeps it to this user
#else
    // In a folder only this user can enter: a name in the shared temporary folder could be taken
    // first by another user, who would then receive every hand-over.
    const QString folder = InstancePlatform::privateFolder(&m_problem);
    if (!folder.isEmpty())
        m_name = QDir(folder).filePath(name);
#endif
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
    if (m_name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    if (!InstancePlatform::peerIsSameUser(socket.socketDescriptor()))
        return false; // not ours: it gets no paths
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
    if (m_name.isEmpty())
        return false; // no private folder: this window runs alone (problem() says why)
    // A live instance of this user answers: it keeps the name. (With UserAccessOption, Qt binds in
    // a private folder and renames the socket into place, which would silently take a live one's
    // name.) One of another user is not ours to hand anything to: it is replaced.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(1000) && InstancePlatform::peerIsSameUser(probe.socketDescriptor()))
            return false;
    }
    QLocalServer::removeServer(m_name); // what a crashed instance (or another user) left, if anything
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return m_server->listen(m_name);
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (!InstancePlatform::peerIsSameUser(socket->socketDescriptor())) {
            socket->abort(); // another user's process: nothing from it is taken
            socket->deleteLater();
            continue;
        }
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
