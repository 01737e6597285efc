#pragma once

#include <QCoreApplication>
#include <QString>

namespace hoist::cli {

// hoist-cli's texts (English only: app/cli is not translated, but the texts keep one context).
inline QString cliText(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("hoist-cli", text, disambiguation, n);
}

} // namespace hoist::cli
