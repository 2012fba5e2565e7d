#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

// The first-run choice: the demo tenant or a real one.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Choice { None, Demo, Connect };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    Choice choice() const { return m_choice; }

private:
    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    Choice m_choice = Choice::None;
};
