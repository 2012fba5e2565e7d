#include "PreferencesDialog.h"

#include "Translations.h"
#include "ui_PreferencesDialog.h"

#include <QDateTime>
#include <QPushButton>

#include <algorithm>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_running(Translations::catalogueFor(QLocale()))
{
    m_ui->setupUi(this);

    // Language names stay in their own language: someone lost in a foreign
    // UI still finds "Deutsch".
    const QList<Translations::Language> languages = Translations::available();
    QString systemName;
    const QString systemCode = Translations::catalogueFor(QLocale::system());
    for (const Translations::Language &language : languages) {
        if (language.code == systemCode)
            systemName = language.nativeName;
    }
    m_ui->languageCombo->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const Translations::Language &language : languages)
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    const int stored = m_ui->languageCombo->findData(Translations::storedChoice());
    m_ui->languageCombo->setCurrentIndex(std::max(0, stored));

    m_ui->languageCombo->setAccessibleName(tr("Language"));
    m_ui->formatsPreviewLabel->setAccessibleName(tr("Numbers and dates"));
    for (QAbstractButton *button : m_ui->buttonBox->buttons())
        button->setAccessibleName(button->text());

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateForChoice);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateForChoice();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::chosenLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

bool PreferencesDialog::chooseLanguage(const QString &code)
{
    const int index = m_ui->languageCombo->findData(code);
    if (index < 0)
        return false;
    m_ui->languageCombo->setCurrentIndex(index);
    return true;
}

bool PreferencesDialog::restartNeeded() const
{
    return !m_ui->restartNoteLabel->isHidden();
}

void PreferencesDialog::accept()
{
    Translations::storeChoice(chosenLanguage());
    QDialog::accept();
}

void PreferencesDialog::updateForChoice()
{
    const QLocale locale = Translations::formatsFor(Translations::localeFor(chosenLanguage()));
    const QDateTime sample = QDateTime::currentDateTime();
    m_ui->formatsPreviewLabel->setText(QStringLiteral("%1 · %2 · %3")
                                           .arg(locale.toString(12345.67, 'f', 2),
                                                locale.toString(sample.date(), QLocale::ShortFormat),
                                                locale.toString(sample.time(), QLocale::ShortFormat)));
    const QString next = Translations::catalogueFor(Translations::localeFor(chosenLanguage()));
    m_ui->restartNoteLabel->setHidden(next == m_running);
}
