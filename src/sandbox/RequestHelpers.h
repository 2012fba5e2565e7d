#pragma once

#include "BodyValidator.h"
#include "Paging.h"
#include "SandboxRequest.h"

#include <QStringList>

#include <utility>

namespace Sandbox {

// Small request-reading helpers the tenant-list handlers share: query text
// decoded the way HTML forms and Go's url.Values encode it, repeated
// parameters, enum checks worded like the service's validator, scope lists.
namespace RequestHelpers {

// A query value with '+' read as a space (Go and browsers encode spaces so).
QString text(const SandboxRequest &request, const QString &key);
// Every value of a repeated parameter (also "key[]"), each split on commas.
QStringList all(const SandboxRequest &request, const QString &key);

// Fails the validator unless body[key] is one of the allowed strings.
void enumValue(BodyValidator &validator, const QJsonObject &body, const QString &key, const QStringList &allowed,
               bool nullable = false);
// Every element of body[key] must be a string (the array itself is checked by the caller).
void stringItems(BodyValidator &validator, const QJsonObject &body, const QString &key);

// fields=a,b must name only known fields; a 400 worded like the pattern check otherwise.
std::optional<SandboxReply> checkFieldList(const SandboxRequest &request, const QStringList &known);

QStringList scopes(std::initializer_list<const char *> names);

// page * per_page without int overflow (page may be as large as INT_MAX).
qint64 offset(const Paging &paging);
// The slice [offset, offset + per_page) of a list of n items, clamped to n.
std::pair<qint64, qint64> slice(const Paging &paging, qint64 n);
// A bare array, or {<key>: [...], start, limit, total} with include_totals.
QJsonValue pageResult(const Paging &paging, const QString &key, const QJsonArray &items, qint64 total);

} // namespace RequestHelpers

} // namespace Sandbox
