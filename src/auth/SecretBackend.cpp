#include "SecretBackend.h"

namespace Auth {

SecretBackend::~SecretBackend() = default;

} // namespace Auth
