#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace hoist {

// The manual proxy's password, in the system keychain (service "Hoist", entry
// "network/proxy-password"); never in QSettings. Asynchronous; callbacks do not run if `context`
// is destroyed first. An empty password removes the entry.
class ProxyPassword
{
public:
    static QString service();
    static QString key();
    // done(password, error): password is empty when none is stored or the keychain cannot be read.
    static void read(QObject *context, const std::function<void(const QString &, const QString &)> &done,
                     const QString &serviceName = service());
    static void write(const QString &password, QObject *context,
                      const std::function<void(bool, const QString &)> &done,
                      const QString &serviceName = service());
};

} // namespace hoist
