#pragma once
// SHA-256 (OpenSSL's libcrypto), for the manifest of a built site (which output came from
// which inputs) and the records of incremental builds.
#include <string>
#include <string_view>

namespace rapportage::base {

/// Lower-case hex digest of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace rapportage::base
