#include "UrlPolicy.h"

#include <QCoreApplication>

namespace hoist {

using namespace Qt::StringLiterals;

QString UrlPolicy::storageUrlProblem(const QUrl &url, const QUrl &apiBase)
{
    const QString scheme = url.scheme().toLower();
    const bool insecureAllowed = apiBase.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0;
    const bool schemeOk = scheme == u"https"_s || (scheme == u"http"_s && insecureAllowed);
    if (url.isValid() && schemeOk && !url.host().isEmpty())
        return {};
    // Only the scheme is named: the rest of a signed address must not reach a log.
    const QString shown = url.scheme().isEmpty() ? u"(none)"_s : url.scheme() + u':';
    if (scheme == u"http"_s && !url.host().isEmpty())
        return QCoreApplication::translate(
            "UrlPolicy", "The server named an unencrypted storage address (http:) for a secure server; "
                         "Hoist sends files only over https.");
    return QCoreApplication::translate("UrlPolicy",
                                       "The server named a storage address Hoist does not send files to "
                                       "(scheme %1); only https addresses are used.")
        .arg(shown);
}

ProcoreError UrlPolicy::refusedAnswer(const QString &why)
{
    ProcoreError e;
    e.kind = ProcoreError::Kind::Invalid;
    e.message = why;
    e.hint = QCoreApplication::translate(
        "UrlPolicy", "The server does not answer as Procore does: check the server address (Settings › "
                     "Environment, or --api-base) and that it is Procore's.");
    return e;
}

bool UrlPolicy::isWebLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https"_s || scheme == u"http"_s) && !url.host().isEmpty();
}

} // namespace hoist
