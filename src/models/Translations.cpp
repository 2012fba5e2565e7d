#include "Translations.h"

#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kSourceLanguage = QStringLiteral("en");

// How each language names itself in a list. CLDR's nativeLanguageName()
// gives "español de España" for es and lower-case "français", so the
// catalogues we ship have their names here; any other falls back to it.
QString autonym(const QString &code)
{
    static const QHash<QString, QString> names = { { QStringLiteral("de"), QStringLiteral("Deutsch") },
                                                   { QStringLiteral("en"), QStringLiteral("English") },
                                                   { QStringLiteral("es"), QStringLiteral("Español") },
                                                   { QStringLiteral("fr"), QStringLiteral("Français") } };
    const auto known = names.constFind(code);
    if (known != names.cend())
        return *known;
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : locale.toUpper(name.left(1)) + name.mid(1);
}
} // namespace

Translations::Translations() = default;

Translations::~Translations()
{
    removeInstalled();
}

QList<Translations::Language> Translations::available()
{
    QList<Language> languages;
    languages.append({ kSourceLanguage, autonym(kSourceLanguage) });
    const QStringList files
        = QDir(kCatalogueDir).entryList({ QStringLiteral("orgconsole_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(11, file.size() - 11 - 3);
        if (code == kSourceLanguage)
            continue;
        languages.append({ code, autonym(code) });
    }
    return languages;
}

QString Translations::storedChoice()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    const QList<Language> languages = available();
    const bool known = std::any_of(languages.cbegin(), languages.cend(),
                                   [&code](const Language &language) { return language.code == code; });
    return known ? code : QString();
}

void Translations::storeChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QLocale Translations::localeFor(const QString &choice)
{
    const QLocale system = QLocale::system();
    if (choice.isEmpty())
        return system;
    const QLocale chosen(choice);
    return chosen.language() == system.language() ? system : chosen;
}

QString Translations::catalogueFor(const QLocale &locale)
{
    // uiLanguages() lists the locale's languages in order of preference
    // ("de-AT", "de"); the first one with a catalogue wins.
    const QList<Language> languages = available();
    const QStringList wanted = locale.uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = tag.section(QLatin1Char('-'), 0, 0).toLower();
        for (const Language &language : languages) {
            if (language.code == code)
                return code;
        }
    }
    return kSourceLanguage;
}

QLocale Translations::formatsFor(const QLocale &locale)
{
    return locale.language() == QLocale::C ? QLocale(catalogueFor(locale)) : locale;
}

QString Translations::apply(const QLocale &locale)
{
    removeInstalled();
    const QString code = catalogueFor(locale);
    QLocale::setDefault(formatsFor(locale));

    m_ours = std::make_unique<QTranslator>();
    if (m_ours->load(QStringLiteral("orgconsole_") + code, kCatalogueDir))
        QCoreApplication::installTranslator(m_ours.get());
    else
        m_ours.reset();

    m_qt = std::make_unique<QTranslator>();
    if (code != kSourceLanguage
        && m_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();

    m_current = code;
    return code;
}

void Translations::removeInstalled()
{
    if (QCoreApplication::instance()) {
        if (m_ours)
            QCoreApplication::removeTranslator(m_ours.get());
        if (m_qt)
            QCoreApplication::removeTranslator(m_qt.get());
    }
    m_ours.reset();
    m_qt.reset();
}
