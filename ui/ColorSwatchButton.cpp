#include "ColorSwatchButton.h"

#include <QColorDialog>
#include <QPainter>
#include <QStyleOptionToolButton>
#include <QStylePainter>

ColorSwatchButton::ColorSwatchButton(QWidget *parent)
    : QToolButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    connect(this, &QToolButton::clicked, this, &ColorSwatchButton::pick);
}

void ColorSwatchButton::setColour(const QString &hex)
{
    if (m_hex == hex)
        return;
    m_hex = hex;
    update();
}

void ColorSwatchButton::pick()
{
    const QColor current(m_hex);
    // Qt's own dialog, so it looks and behaves the same on every platform.
    const QColor chosen = QColorDialog::getColor(current.isValid() ? current : QColor(Qt::white), this, m_title,
                                                 QColorDialog::DontUseNativeDialog);
    if (chosen.isValid())
        emit colourPicked(chosen.name());
}

QSize ColorSwatchButton::sizeHint() const
{
    return { 40, 26 };
}

void ColorSwatchButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text.clear();
    option.icon = QIcon();
    painter.drawComplexControl(QStyle::CC_ToolButton, option);

    const QRect swatch = rect().adjusted(6, 5, -6, -5);
    const QColor colour(m_hex);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText), 1));
    if (colour.isValid()) {
        painter.setBrush(isEnabled() ? colour : colour.lighter(130));
        painter.drawRoundedRect(swatch, 3, 3);
    } else {
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(swatch, 3, 3);
        painter.drawLine(swatch.bottomLeft(), swatch.topRight());
    }
}
