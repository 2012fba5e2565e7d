// The catalogues in translations/ against the code: every string of the
// sources is in every catalogue and translated, nothing is left over from
// strings the code no longer has, placeholders, plural forms and keyboard
// accelerators survive translation, and the .qm files built into the binary
// translate what the .ts files say. A failure names each string and language.
#include "Catalogue.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList languages()
{
    return QString::fromUtf8(ORGCONSOLE_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString cataloguePath(const QString &directory, const QString &language)
{
    return QDir(directory).filePath(QStringLiteral("orgconsole_%1.ts").arg(language));
}

// "%1", "%L2" -> "1", "2"; "%n", "%Ln" -> "n". The L only asks for locale digits.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QStringList found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext())
        found.append(matches.next().captured(1));
    found.sort();
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList found;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext())
        found.append(matches.next().captured(0).section(QLatin1Char(' '), 0, 0).toLower());
    found.sort();
    return found;
}

// The number of keyboard accelerators ("&File"); "&&" is a literal
// ampersand and "&amp;" an HTML entity.
int accelerators(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;"));
    static const QRegularExpression accelerator(QStringLiteral("&\\w"));
    text.remove(QStringLiteral("&&"));
    text.remove(entity);
    return int(text.count(accelerator));
}

QString describe(const QStringList &problems, const QString &language)
{
    return QStringLiteral("%1 problem(s) in orgconsole_%2.ts:\n  ").arg(problems.size()).arg(language)
        + problems.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslationCatalogues final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();
    void everyLanguageHasTheSameStrings_data();
    void everyLanguageHasTheSameStrings();
    void cataloguesMatchTheSources();
    void builtInCataloguesTranslateAsTheTsFilesSay_data();
    void builtInCataloguesTranslateAsTheTsFilesSay();

private:
    void addLanguageRows();
    QHash<QString, Catalogue> m_catalogues;
};

void TestTranslationCatalogues::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(languages().contains(QStringLiteral("en")), "English, the source language, needs its catalogue");
    for (const QString &language : languages()) {
        const Catalogue catalogue = Catalogue::read(cataloguePath(QStringLiteral(ORGCONSOLE_TS_DIR), language));
        QVERIFY2(catalogue.error.isEmpty(),
                 qPrintable(QStringLiteral("orgconsole_%1.ts: %2").arg(language, catalogue.error)));
        QVERIFY2(!catalogue.messages.isEmpty(), qPrintable(QStringLiteral("orgconsole_%1.ts is empty").arg(language)));
        m_catalogues.insert(language, catalogue);
    }
}

void TestTranslationCatalogues::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslationCatalogues::everyStringIsTranslated_data()
{
    addLanguageRows();
}

void TestTranslationCatalogues::everyStringIsTranslated()
{
    QFETCH(QString, language);
    const Catalogue &catalogue = m_catalogues[language];
    QVERIFY2(catalogue.language.startsWith(language), qPrintable(catalogue.language));
    QStringList problems;
    int pluralForms = -1;
    for (const CatalogueMessage &message : catalogue.messages) {
        if (message.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("unfinished: ") + message.label());
        else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            problems.append(QStringLiteral("no longer in the code (%1): ").arg(message.type) + message.label());
        else if (message.translations.isEmpty()
                 || std::any_of(message.translations.cbegin(), message.translations.cend(),
                                [](const QString &text) { return text.trimmed().isEmpty(); }))
            problems.append(QStringLiteral("empty translation: ") + message.label());
        // Every plural message of a language has its language's number of forms.
        if (message.numerus) {
            if (pluralForms < 0)
                pluralForms = int(message.translations.size());
            else if (pluralForms != message.translations.size())
                problems.append(
                    QStringLiteral("%1 plural forms instead of %2: ").arg(message.translations.size()).arg(pluralForms)
                    + message.label());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems, language)));
}

void TestTranslationCatalogues::translationsKeepPlaceholdersAndAccelerators_data()
{
    addLanguageRows();
}

void TestTranslationCatalogues::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const CatalogueMessage &message : m_catalogues[language].messages) {
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source))
                problems.append(QStringLiteral("placeholders %1 instead of %2 in \"%3\": ")
                                    .arg(placeholders(translation).join(QLatin1Char(',')),
                                         placeholders(message.source).join(QLatin1Char(',')), translation)
                                + message.label());
            if (tags(translation) != tags(message.source))
                problems.append(QStringLiteral("HTML tags differ in \"%1\": ").arg(translation) + message.label());
            if (accelerators(translation) != accelerators(message.source))
                problems.append(QStringLiteral("%1 keyboard accelerator(s) instead of %2 in \"%3\": ")
                                    .arg(accelerators(translation))
                                    .arg(accelerators(message.source))
                                    .arg(translation)
                                + message.label());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems, language)));
}

void TestTranslationCatalogues::everyLanguageHasTheSameStrings_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages()) {
        if (language != QLatin1String("en"))
            QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslationCatalogues::everyLanguageHasTheSameStrings()
{
    // English is the reference: what it has, every language has, and no more.
    QFETCH(QString, language);
    QSet<QString> english;
    for (const CatalogueMessage &message : m_catalogues[QStringLiteral("en")].messages)
        english.insert(message.key());
    QSet<QString> other;
    QStringList problems;
    for (const CatalogueMessage &message : m_catalogues[language].messages) {
        other.insert(message.key());
        if (!english.contains(message.key()))
            problems.append(QStringLiteral("not in the English catalogue: ") + message.label());
    }
    for (const CatalogueMessage &message : m_catalogues[QStringLiteral("en")].messages) {
        if (!other.contains(message.key()))
            problems.append(QStringLiteral("missing: ") + message.label());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems, language)));
}

void TestTranslationCatalogues::cataloguesMatchTheSources()
{
    const QString lupdate = QStringLiteral(ORGCONSOLE_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP(qPrintable(QStringLiteral("lupdate not found at %1 (install qt6-l10n-tools)").arg(lupdate)));
    QVERIFY2(QFileInfo::exists(QStringLiteral(ORGCONSOLE_SOURCES_LIST)),
             "the list of translated sources was not generated; reconfigure with CMake");

    // lupdate over copies: a string new in the code shows up as unfinished,
    // one gone from it as vanished, and the real catalogues stay untouched.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QStringList arguments = { QStringLiteral("-source-language"),
                              QStringLiteral("en"),
                              QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral("@") + QStringLiteral(ORGCONSOLE_SOURCES_LIST),
                              QStringLiteral("-ts") };
    for (const QString &language : languages()) {
        const QString copy = cataloguePath(work.path(), language);
        QVERIFY(QFile::copy(cataloguePath(QStringLiteral(ORGCONSOLE_TS_DIR), language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        arguments.append(copy);
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish within two minutes");
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));

    QStringList problems;
    for (const QString &language : languages()) {
        const Catalogue updated = Catalogue::read(cataloguePath(work.path(), language));
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        for (const CatalogueMessage &message : updated.messages) {
            if (message.type == QLatin1String("unfinished"))
                problems.append(
                    QStringLiteral("%1: in the code but not translated: %2").arg(language, message.label()));
            else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
                problems.append(QStringLiteral("%1: in the catalogue but no longer in the code: %2")
                                    .arg(language, message.label()));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) out of step with the code; run `cmake --build build --target "
                                       "update_translations`, translate, see translations/README.md:\n  %2")
                            .arg(problems.size())
                            .arg(problems.join(QStringLiteral("\n  ")))));
}

void TestTranslationCatalogues::builtInCataloguesTranslateAsTheTsFilesSay_data()
{
    addLanguageRows();
}

void TestTranslationCatalogues::builtInCataloguesTranslateAsTheTsFilesSay()
{
    // The .qm in the binary is built from the .ts next to the sources, and
    // looked up under the context the code uses at run time (a class in a
    // namespace, Q_DECLARE_TR_FUNCTIONS, a .ui form).
    QFETCH(QString, language);
    Translations translations;
    QCOMPARE(translations.apply(QLocale(language)), language);
    QStringList problems;
    for (const CatalogueMessage &message : m_catalogues[language].messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        if (!message.numerus) {
            const QString got = QCoreApplication::translate(context.constData(), source.constData(),
                                                            comment.isEmpty() ? nullptr : comment.constData());
            if (got != message.translations.value(0))
                problems.append(QStringLiteral("\"%1\" instead of \"%2\": ").arg(got, message.translations.value(0))
                                + message.label());
            continue;
        }
        // Plural messages: the translation for 1 (and for 7) is one of the
        // forms with the number filled in.
        for (int n : { 1, 7 }) {
            const QString got = QCoreApplication::translate(context.constData(), source.constData(),
                                                            comment.isEmpty() ? nullptr : comment.constData(), n);
            const bool known
                = std::any_of(message.translations.cbegin(), message.translations.cend(), [&](const QString &form) {
                      QString filled = form;
                      filled.replace(QStringLiteral("%Ln"), QLocale().toString(n));
                      filled.replace(QStringLiteral("%n"), QString::number(n));
                      return filled == got;
                  });
            if (!known)
                problems.append(QStringLiteral("\"%1\" for %2: ").arg(got).arg(n) + message.label());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems, language)));
}

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_translation_catalogues.moc"
