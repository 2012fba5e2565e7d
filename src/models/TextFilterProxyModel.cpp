#include "TextFilterProxyModel.h"

TextFilterProxyModel::TextFilterProxyModel(int searchRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchRole(searchRole)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TextFilterProxyModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_words = words;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_words = words;
    invalidateFilter();
#endif
}

bool TextFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    QString text = index.data(m_searchRole).toString();
    if (m_searchRole == Qt::DisplayRole) {
        for (int column = 1; column < sourceModel()->columnCount(sourceParent); ++column)
            text += QLatin1Char(' ') + sourceModel()->index(sourceRow, column, sourceParent).data().toString();
    }
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
