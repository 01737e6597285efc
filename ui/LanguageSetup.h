#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace hoist::ui {

// Which language the window speaks: the system's (QLocale::system().uiLanguages(), which follows
// LANGUAGE/LANG on Linux) or the one chosen in Settings or with --language. Installs Hoist's
// translation (compiled into the app under :/i18n), the English plural forms it falls back to,
// and Qt's own translations (standard buttons and dialogs).
class LanguageSetup : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSetup(QObject *parent = nullptr);
    ~LanguageSetup() override;

    // "" = the system's language. Returns the language now used, e.g. "de", "pt_BR" or "en".
    QString install(const QString &language);
    QString language() const { return m_language; }

    // The languages Hoist is translated into, as codes ("de", "en", "es", "fr", "pt_BR").
    static QStringList available();
    // The language's own name for itself ("Deutsch", "português (Brasil)").
    static QString nativeName(const QString &code);
    // The value of --language=<code> / --language <code> in the arguments, or "".
    static QString fromArguments(const QStringList &arguments);

private:
    void removeAll();

    QTranslator m_english;
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace hoist::ui
