#pragma once

#include "ApiError.h"

#include <QList>
#include <QStringList>

namespace Api {

// The outcome of a change split into several requests (member adds in tens):
// which ids went through and which did not, with why.
struct BatchResult
{
    struct Failure
    {
        QStringList ids;
        ApiError error;
    };

    QStringList succeeded;
    QList<Failure> failed;

    bool allSucceeded() const { return failed.isEmpty(); }
    QStringList failedIds() const
    {
        QStringList ids;
        for (const Failure &failure : failed)
            ids += failure.ids;
        return ids;
    }
};

} // namespace Api
