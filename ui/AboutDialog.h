#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help > About: version, Qt version, the keychain in use and the system
// (what a bug report needs, with a button to copy them), OrgConsole's MIT
// license and the notices of the third-party libraries it ships with.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The lines `orgconsole --version` prints and "Copy details" copies;
    // English on purpose, for scripts and bug reports.
    static QString versionReport();
    // OrgConsole's LICENSE file, as built into the binary.
    static QString licenseText();
    // The third-party notices as HTML (headings translated, license texts verbatim).
    static QString noticesHtml();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
