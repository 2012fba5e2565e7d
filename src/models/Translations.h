#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

// Which language OrgConsole speaks. The catalogues are built into the
// binary (":/i18n/orgconsole_<code>.qm", from translations/*.ts); Qt's own
// strings (standard buttons, --help) come from qtbase_<code>.qm in Qt's
// translations folder. The user's choice is stored in QSettings; an empty
// choice follows the system language.
//
// An instance owns the translators it installed and removes them when it
// applies another language or goes away.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    struct Language
    {
        QString code; // "de"
        QString nativeName; // "Deutsch": how its speakers look for it in a list
    };

    Translations();
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // The languages with a built-in catalogue, English first.
    static QList<Language> available();
    // The stored choice: "" (system default) or a code from available().
    static QString storedChoice();
    static void storeChoice(const QString &code);
    // The locale a choice stands for: the system's for "", else the chosen
    // language (keeping the system's country when it speaks that language,
    // so de_AT stays de_AT).
    static QLocale localeFor(const QString &choice);
    // The code of the built-in catalogue used for locale ("en" when none fits).
    static QString catalogueFor(const QLocale &locale);
    // The locale numbers and dates follow for locale: itself, except that
    // the "C" locale (LANG=C, a bare container) gets its catalogue's.
    static QLocale formatsFor(const QLocale &locale);

    // Makes locale the default for numbers and dates and installs our
    // catalogue and Qt's for it, replacing what this instance installed before.
    // Returns the code of the catalogue now in use.
    QString apply(const QLocale &locale);
    // The language this instance applied last ("" before apply()).
    QString current() const { return m_current; }

private:
    void removeInstalled();

    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};
