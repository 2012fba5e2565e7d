#pragma once

#include "ApiError.h"

#include <QObject>

#include <functional>

namespace Api {

// A typed result or the error that prevented it.
template <typename T>
struct ApiResult
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

template <typename T>
using ResultCallback = std::function<void(const ApiResult<T> &)>;

// For calls that return nothing (204).
struct Done
{
};

} // namespace Api
