#include "LogSession.h"

#include "DiagnosticsLog.h"
#include "LogFile.h"
#include "SecretFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QSysInfo>

#include <atomic>

namespace hoist {

using namespace Qt::StringLiterals;

namespace {

std::atomic<LogFile *> g_file{nullptr};
std::atomic<int> g_echo{0};
std::atomic<int> g_level{0};
QtMessageHandler g_previous = nullptr;

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

bool echoes(QtMsgType type)
{
    const auto echo = LogSession::Options::Echo(g_echo.load());
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        return true;
    if (echo == LogSession::Options::Echo::Everything)
        return true;
    return echo == LogSession::Options::Echo::Info && type == QtInfoMsg;
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SecretFilter::clean(message);
    if (LogFile *file = g_file.load()) {
        const QString category = context.category ? QString::fromLatin1(context.category) : u"default"_s;
        file->append(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
                     + QString::fromLatin1(typeName(type)).leftJustified(8) + category + u": "_s + clean);
        if (type == QtFatalMsg)
            file->flush();
    }
    if (echoes(type) && g_previous)
        g_previous(type, context, clean);
}

void applyRules(LogLevel level)
{
    // Our categories default to info; Detailed adds debug. QT_LOGGING_RULES is read after these.
    QLoggingCategory::setFilterRules(level == LogLevel::Detailed ? u"hoist.*.debug=true"_s
                                                                 : u"hoist.*.debug=false"_s);
}

} // namespace

LogSession::LogSession(const Options &options)
{
    const QString folder = options.folder.isEmpty() ? defaultFolder() : options.folder;
    m_file = std::make_unique<LogFile>(folder, options.baseName);
    g_echo = int(options.echo);
    g_file = m_file.get();
    g_previous = qInstallMessageHandler(handle);
    setLevel(options.level);
    qCInfo(lcDiagnostics).noquote() << u"%1 started; log level %2; log %3"_s.arg(
        versions(), levelName(options.level), m_file->path());
}

LogSession::~LogSession()
{
    qInstallMessageHandler(g_previous);
    g_file = nullptr;
    m_file->flush();
}

void LogSession::setLevel(LogLevel level)
{
    g_level = int(level);
    applyRules(level);
}

LogLevel LogSession::level()
{
    return LogLevel(g_level.load());
}

QString LogSession::levelName(LogLevel level)
{
    return level == LogLevel::Detailed ? u"detailed"_s : u"normal"_s;
}

LogLevel LogSession::levelFromName(const QString &name)
{
    return name.compare(u"detailed"_s, Qt::CaseInsensitive) == 0 ? LogLevel::Detailed : LogLevel::Normal;
}

QString LogSession::currentFile()
{
    LogFile *file = g_file.load();
    return file ? file->path() : QString();
}

QString LogSession::currentFolder()
{
    LogFile *file = g_file.load();
    return file ? file->folder() : QString();
}

QStringList LogSession::files()
{
    LogFile *file = g_file.load();
    return file ? file->files() : QStringList();
}

void LogSession::flush()
{
    if (LogFile *file = g_file.load())
        file->flush();
}

QString LogSession::defaultFolder()
{
    const QString overridden = qEnvironmentVariable("HOIST_LOG_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs"_s;
}

QString LogSession::versions()
{
    return u"%1 %2, Qt %3 (built with %4), %5, %6 %7, %8"_s.arg(
        QCoreApplication::applicationName(), QCoreApplication::applicationVersion(),
        QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName(),
        QSysInfo::kernelType(), QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
}

} // namespace hoist
