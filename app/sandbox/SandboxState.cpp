#include "SandboxState.h"

#include <QRegularExpression>

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace hoist::sandbox {

using namespace Qt::StringLiterals;

qint64 SandboxState::nextId(qint64 base)
{
    return base + (++idCounter);
}

QString SandboxState::newUlid()
{
    // 48-bit millisecond time + 80 random bits in Crockford base32: 26 characters, like Procore's uuids.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString out(26, QLatin1Char('0'));
    quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 9; i >= 0; --i) {
        out[i] = QLatin1Char(alphabet[ms & 31]);
        ms >>= 5;
    }
    for (int i = 10; i < 26; ++i)
        out[i] = QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return out;
}

QString SandboxState::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SandboxState::issueAccessToken(qint64 userId, qint64 lifetimeSecs, const QString &clientId,
                                       const QString &refreshToken)
{
    AccessToken t;
    t.token = randomToken(32);
    t.userId = userId;
    t.clientId = clientId;
    t.refreshToken = refreshToken;
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.expiresAt = t.createdAt.addSecs(lifetimeSecs);
    accessTokens[t.token] = t;
    dirty = true;
    return t.token;
}

const AccessToken *SandboxState::validAccessToken(const QString &token) const
{
    auto it = accessTokens.find(token);
    if (it == accessTokens.end() || it->second.revoked
        || it->second.expiresAt <= QDateTime::currentDateTimeUtc())
        return nullptr;
    return &it->second;
}

std::vector<Folder *> SandboxState::childFolders(qint64 folderId)
{
    std::vector<Folder *> out;
    for (auto &[id, f] : folders)
        if (f.parentId == folderId && id != folderId)
            out.push_back(&f);
    std::sort(out.begin(), out.end(),
              [](Folder *a, Folder *b) { return a->name.compare(b->name, Qt::CaseInsensitive) < 0; });
    return out;
}

std::vector<StoredFile *> SandboxState::childFiles(qint64 folderId)
{
    ensureIndex();
    std::vector<StoredFile *> out;
    const auto ids = m_filesByFolder.find(folderId);
    if (ids == m_filesByFolder.end())
        return out;
    out.reserve(ids->second.size());
    for (const qint64 id : ids->second)
        if (const auto f = files.find(id); f != files.end())
            out.push_back(&f->second);
    return out;
}

StoredFile &SandboxState::addFile(const StoredFile &file)
{
    ensureIndex();
    const bool added = !files.contains(file.id);
    StoredFile &stored = files[file.id] = file;
    if (added)
        indexFile(stored);
    return stored;
}

const FileVersion *SandboxState::addVersionBy(qint64 fileId, qint64 userId, qint64 size, qint64 idBase)
{
    const auto it = files.find(fileId);
    if (it == files.end())
        return nullptr;
    StoredFile &f = it->second;
    f.versions.push_back(FileVersion{nextId(idBase), int(f.versions.size()) + 1, QString(), size, QString(),
                                     QString(), userId, QDateTime::currentDateTimeUtc()});
    dirty = true;
    return &f.versions.back();
}

void SandboxState::ensureIndex() const
{
    if (m_indexedFiles == files.size())
        return;
    m_filesByFolder.clear();
    m_fileNamesByFolder.clear();
    m_indexedFiles = 0;
    for (const auto &[id, f] : files)
        indexFile(f);
}

void SandboxState::indexFile(const StoredFile &file) const
{
    ++m_indexedFiles;
    std::vector<qint64> &ids = m_filesByFolder[file.folderId];
    ids.insert(std::upper_bound(ids.begin(), ids.end(), file.id), file.id);
    m_fileNamesByFolder[file.folderId].insert(file.name.toCaseFolded());
}

bool SandboxState::fileNameTaken(qint64 folderId, const QString &name) const
{
    ensureIndex();
    const auto names = m_fileNamesByFolder.find(folderId);
    return names != m_fileNamesByFolder.end() && names->second.contains(name.toCaseFolded());
}

Folder *SandboxState::rootFolder(qint64 companyId, qint64 projectId)
{
    for (auto &[id, f] : folders)
        if (f.parentId == 0 && f.companyId == companyId && f.projectId == projectId)
            return &f;
    return nullptr;
}

QString SandboxState::folderPath(qint64 folderId) const
{
    QStringList parts;
    auto it = folders.find(folderId);
    while (it != folders.end() && it->second.parentId != 0) {
        parts.prepend(it->second.name);
        it = folders.find(it->second.parentId);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace hoist::sandbox
