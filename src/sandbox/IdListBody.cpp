#include "IdListBody.h"

#include "BodyValidator.h"

#include <QJsonArray>
#include <QSet>

namespace Sandbox {

std::optional<SandboxReply> IdListBody::read(const SandboxRequest &request, const Rules &rules, QStringList *ids)
{
    QJsonObject body;
    if (auto error = BodyValidator::parseObject(request, &body))
        return error;
    BodyValidator validator(body);
    if (!rules.otherKeysAllowed)
        validator.onlyKeys({rules.key});
    validator.required(rules.key).stringArray(rules.key, 1, rules.maxItems);
    if (validator.failed())
        return validator.reply();

    const QJsonArray items = body.value(rules.key).toArray();
    QSet<QString> seen;
    seen.reserve(int(items.size()));
    ids->clear();
    for (const QJsonValue &item : items) {
        const QString id = item.toString();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids->append(id);
        }
    }
    return std::nullopt;
}

QString IdListBody::listForMessage(const QStringList &ids)
{
    return ids.join(QStringLiteral(", "));
}

} // namespace Sandbox
