#pragma once

#include <QSortFilterProxyModel>

// Filters rows as you type on a search-text role of the source model (all
// words must appear, case-insensitive) and sorts by the displayed text.
class TextFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFilterProxyModel)

public:
    explicit TextFilterProxyModel(int searchRole = Qt::DisplayRole, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_searchRole;
    QStringList m_words;
};
