#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One Qt Linguist .ts file, read for the checks in tst_translation_catalogues.
struct CatalogueMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form

    // "[Context] source (comment)", how a failure names the string.
    QString label() const;
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

struct Catalogue
{
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<CatalogueMessage> messages;
    QString error; // empty when the file was read

    static Catalogue read(const QString &path);
};
