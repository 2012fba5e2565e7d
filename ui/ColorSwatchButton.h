#pragma once

#include <QToolButton>

// A button that shows a colour as a swatch and opens a colour picker when
// clicked. It holds the colour as the hex text the API stores ("#e4572e");
// an empty or invalid colour shows as a crossed-out swatch.
class ColorSwatchButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorSwatchButton)

public:
    explicit ColorSwatchButton(QWidget *parent = nullptr);

    void setColour(const QString &hex);
    QString colour() const { return m_hex; }
    // The picker's title, e.g. "Primary colour".
    void setPickerTitle(const QString &title) { m_title = title; }
    // Opens the picker (what a click does); emits colourPicked when one is chosen.
    void pick();

signals:
    void colourPicked(const QString &hex);

protected:
    void paintEvent(QPaintEvent *event) override;
    QSize sizeHint() const override;

private:
    QString m_hex;
    QString m_title;
};
