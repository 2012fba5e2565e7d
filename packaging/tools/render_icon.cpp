// Build-time helper: renders the app's SVG icon to PNG at the sizes desktop
// environments and installers ask for, so the PNGs always match the SVG.
//   render_icon INPUT.svg SIZE OUTPUT.png   one PNG
//   render_icon INPUT.svg SIZE OUTPUT.ico   a Windows icon holding 16..SIZE px images
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

#include <vector>

namespace {
QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image;
}

template<typename T> void append(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof(T));
}

// Qt's own ICO writer stores a single image; Windows picks the closest size
// from the file, and a 256 px image scaled down to 16 px in the Start menu or
// the taskbar is a blur. So the container is written here: ICONDIR, one
// ICONDIRENTRY per size, then each image as PNG (valid in ICO since Vista).
bool writeIco(QSvgRenderer &renderer, int largest, const QString &path)
{
    std::vector<QByteArray> images;
    std::vector<int> sizes;
    for (const int size : { 16, 20, 24, 32, 40, 48, 64, 96, 128, 256 }) {
        if (size > largest)
            break;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!render(renderer, size).save(&buffer, "PNG"))
            return false;
        images.push_back(png);
        sizes.push_back(size);
    }
    QByteArray out;
    append<quint16>(out, 0); // reserved
    append<quint16>(out, 1); // type: icon
    append<quint16>(out, static_cast<quint16>(images.size()));
    quint32 offset = 6 + 16 * static_cast<quint32>(images.size());
    for (size_t i = 0; i < images.size(); ++i) {
        const quint8 side = sizes[i] >= 256 ? 0 : static_cast<quint8>(sizes[i]); // 0 means 256
        append<quint8>(out, side);
        append<quint8>(out, side);
        append<quint8>(out, 0); // no palette
        append<quint8>(out, 0); // reserved
        append<quint16>(out, 1); // colour planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, static_cast<quint32>(images[i].size()));
        append<quint32>(out, offset);
        offset += static_cast<quint32>(images[i].size());
    }
    for (const QByteArray &png : images)
        out.append(png);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(out) == out.size();
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: render_icon INPUT.svg SIZE OUTPUT.png|OUTPUT.ico\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    const int size = args.at(2).toInt();
    if (!renderer.isValid() || size <= 0) {
        QTextStream(stderr) << "cannot render " << args.at(1) << '\n';
        return 1;
    }
    const QString output = args.at(3);
    if (output.endsWith(QStringLiteral(".ico"), Qt::CaseInsensitive))
        return writeIco(renderer, size, output) ? 0 : 1;
    return render(renderer, size).save(output) ? 0 : 1;
}
