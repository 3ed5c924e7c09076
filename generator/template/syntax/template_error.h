#pragma once
// Errors raised while lexing and parsing a template. They carry a byte offset into the
// template source; the environment turns them into base::Diagnostic with line and column.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace rapportage::tmpl {

class SyntaxError : public std::runtime_error {
 public:
  SyntaxError(std::string message, std::uint32_t offset, std::uint32_t length = 1,
              std::string hint = {})
      : std::runtime_error(message),
        message_(std::move(message)),
        offset_(offset),
        length_(length),
        hint_(std::move(hint)) {}
  const std::string& message() const { return message_; }
  std::uint32_t offset() const { return offset_; }
  std::uint32_t length() const { return length_; }
  const std::string& hint() const { return hint_; }

 private:
  std::string message_;
  std::uint32_t offset_;
  std::uint32_t length_;
  std::string hint_;
};

}  // namespace rapportage::tmpl
