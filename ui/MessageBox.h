#pragma once

#include <QMessageBox>

// Every modal question goes through here, so tests can answer it in advance
// with setNextAnswer() instead of a dialog blocking the run.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton, const QString &details = {});
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text);

    // The answer the next call gets without showing anything (NoButton: show it).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text and details of the last message shown or answered, for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton, const QString &details);
};
