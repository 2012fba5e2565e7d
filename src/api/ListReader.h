#pragma once

#include "ApiError.h"
#include "JsonReader.h"
#include "Pager.h"

#include <QJsonDocument>
#include <QList>

namespace Api {

// Turns JSON answers into typed values with T::fromJson(JsonReader &); any
// problem becomes an ApiError of kind parse.
class ListReader final
{
public:
    template <typename T>
    static ApiError items(const QJsonArray &array, const QString &what, QList<T> *out)
    {
        out->clear();
        out->reserve(array.size());
        for (int i = 0; i < array.size(); ++i) {
            JsonReader reader(array.at(i), QStringLiteral("%1[%2]").arg(what).arg(i));
            T item = T::fromJson(reader);
            if (reader.failed())
                return ApiError::parse(reader.problem());
            out->append(std::move(item));
        }
        return {};
    }

    // A page of a list in any of its shapes; env gets total/next for the Pager.
    template <typename T>
    static ApiError page(const QJsonDocument &json, const QString &key, QList<T> *out, Pager::Envelope *env)
    {
        const QString problem = Pager::read(json, key, env);
        if (!problem.isEmpty())
            return ApiError::parse(problem);
        return items(env->items, key, out);
    }

    template <typename T>
    static ApiError one(const QJsonDocument &json, const QString &what, T *out)
    {
        JsonReader reader(json.isObject() ? QJsonValue(json.object()) : QJsonValue(), what);
        *out = T::fromJson(reader);
        return reader.failed() ? ApiError::parse(reader.problem()) : ApiError();
    }
};

} // namespace Api
