#pragma once
// Operations that recurse into lists inside lists (==, <, the hash of a tuple) stop at
// Python's recursion limit instead of overflowing the stack: a template can nest a list
// 100,000 deep with `{% set ns.l = [ns.l] %}` in a loop.
#include <string>

#include "template/limits.h"
#include "template/values/call.h"

namespace rapportage::tmpl {

class ValueDepthGuard {
 public:
  /// `what`: Python's words after "maximum recursion depth exceeded", e.g. "in comparison".
  explicit ValueDepthGuard(const char* what) {
    if (++depth_ > kMaxValueDepth) {
      --depth_;
      throw_error(ErrorKind::runtime, std::string("maximum recursion depth exceeded ") + what,
                  "lists or dicts are nested more than " + std::to_string(kMaxValueDepth) + " deep");
    }
  }
  ~ValueDepthGuard() { --depth_; }
  ValueDepthGuard(const ValueDepthGuard&) = delete;
  ValueDepthGuard& operator=(const ValueDepthGuard&) = delete;

 private:
  static inline thread_local int depth_ = 0;
};

}  // namespace rapportage::tmpl
