#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Tools > Preferences: the language OrgConsole speaks (the system's, or one
// of its catalogues) with a preview of how numbers and dates will look.
// The choice is stored on OK and takes effect at the next start: the panes
// build their texts once, and a half-translated window would be worse than
// waiting for a restart.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language picked in the combo: "" for the system default, else a code.
    QString chosenLanguage() const;
    // For tests and callers that preselect: picks a code ("" = system default).
    bool chooseLanguage(const QString &code);
    // Whether the note about restarting shows (the choice differs from the running language).
    bool restartNeeded() const;

    void accept() override;

private:
    void updateForChoice();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_running;
};
