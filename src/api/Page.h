#pragma once

#include "Pager.h"

#include <QList>

namespace Api {

// One page of a list and the pager positioned after it (pager.atEnd() when done).
template <typename T>
struct Page
{
    QList<T> items;
    Pager pager;
};

} // namespace Api
