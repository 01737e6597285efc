#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace hoist::ui {

using namespace Qt::StringLiterals;

LanguageSetup::LanguageSetup(QObject *parent)
    : QObject(parent)
{}

LanguageSetup::~LanguageSetup()
{
    removeAll();
}

void LanguageSetup::removeAll()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_english);
}

QString LanguageSetup::install(const QString &language)
{
    removeAll();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // numbers, dates and sizes follow the chosen language too
    // English plural forms first ("1 file", "3 files"); translators installed later are asked first.
    if (m_english.load(u"hoist_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_english);
    m_language = u"en"_s;
    if (m_app.load(locale, u"hoist"_s, u"_"_s, u":/i18n"_s) && m_app.language() != "en"_L1) {
        QCoreApplication::installTranslator(&m_app);
        m_language = m_app.language().replace(u'-', u'_');
        if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    return m_language;
}

QStringList LanguageSetup::available()
{
    return {u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"pt_BR"_s};
}

QString LanguageSetup::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(u'_'))
        name = QString(name + u" ("_s + locale.nativeTerritoryName() + u')');
    return name.isEmpty() ? code : name;
}

QString LanguageSetup::fromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a.startsWith("--language="_L1))
            return a.mid(11);
        if (a == "--language"_L1 && i + 1 < arguments.size())
            return arguments[i + 1];
    }
    return {};
}

} // namespace hoist::ui
