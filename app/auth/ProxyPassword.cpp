#include "ProxyPassword.h"

#include <qt6keychain/keychain.h>

namespace hoist {

using namespace Qt::StringLiterals;

QString ProxyPassword::service()
{
    return u"Hoist"_s;
}

QString ProxyPassword::key()
{
    return u"network/proxy-password"_s;
}

void ProxyPassword::read(QObject *context, const std::function<void(const QString &, const QString &)> &done,
                         const QString &serviceName)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName);
    job->setKey(key());
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else
            done({}, job->error() == QKeychain::EntryNotFound ? QString() : job->errorString());
    });
    job->start();
}

void ProxyPassword::write(const QString &password, QObject *context,
                          const std::function<void(bool, const QString &)> &done, const QString &serviceName)
{
    QKeychain::Job *job = nullptr;
    if (password.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(serviceName);
        remove->setKey(key());
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(serviceName);
        write->setKey(key());
        write->setTextData(password);
        job = write;
    }
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace hoist
