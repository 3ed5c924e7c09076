#include "base/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace rapportage::base {

std::string sha256_hex(std::string_view data) {
  // OpenSSL uses the processor's SHA instructions where it has them: some ten times the
  // speed of portable code, which counts where every build hashes every page it writes.
  // Fetched once: an implicit fetch per digest takes a lock and a lookup.
  static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!md || EVP_Digest(data.data(), data.size(), digest, &size, md, nullptr) != 1 || size != 32)
    throw std::runtime_error("SHA-256 is not available from OpenSSL");
  static const char* hex = "0123456789abcdef";
  std::string out(64, '0');
  for (unsigned int i = 0; i < size; ++i) {
    out[2 * i] = hex[digest[i] >> 4];
    out[2 * i + 1] = hex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace rapportage::base
