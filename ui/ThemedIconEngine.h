#pragma once

#include <QIconEngine>

// Draws one of our SVG icons in the palette's text colour at whatever size is
// asked, so icons stay sharp at any scale and follow light and dark mode.
class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &resourcePath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("ThemedIconEngine"); }

private:
    QByteArray m_svg;
};
