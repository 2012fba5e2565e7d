#pragma once

#include "api/Organization.h"

#include <QJsonObject>
#include <QString>

// The settings of an organization as edited in the Settings tab, turned into
// the one PATCH /organizations/{id} body that carries only what changed, and
// the rules an edit must meet before anything is sent.
namespace OrganizationPatch {

// The body that turns before into after; empty when nothing changed.
// Branding goes as a whole (the API replaces it: sending only the logo would
// drop the colours), a logo that was removed goes as null, and no branding at
// all as branding: null. Metadata goes as the full new set plus null for each
// key that was removed, which clears those keys whether the tenant replaces
// the object or merges into it.
QJsonObject between(const Api::Organization &before, const Api::Organization &after);

// Why the display name cannot be saved, or empty. Auth0 takes 1 to 255
// characters and has no way to clear a display name once set.
QString displayNameProblem(const QString &before, const QString &after);
// Why this pair of colours cannot be saved, or empty: Auth0 stores the
// primary and page background colours together, so both or neither.
QString colourPairProblem(const QString &primary, const QString &pageBackground);

// Colours compared as the API compares them: "#ABCDEF" equals "#abcdef".
bool sameColour(const QString &a, const QString &b);

} // namespace OrganizationPatch
