#pragma once
// Internal to python_methods.cc and str_methods.cc: the method tables behind
// python_method() and the argument helpers they share.
#include <cstdint>
#include <span>
#include <string_view>

#include "template/values/call.h"
#include "template/values/value.h"

namespace rapportage::tmpl::methods {

using Method = Value (*)(const Value& self, CallContext& ctx, CallArgs& args);
struct MethodEntry {
  std::string_view name;
  Method fn;
  bool no_args = false;  // checked by python_method(), with Python's message
};

/// The Python method `name` of obj's type (dict.items, str.format...), or nullptr.
const MethodEntry* method_of(const Value& obj, std::string_view name);
/// Calls it on obj, with Python's TypeErrors for arguments to a method that takes none.
Value invoke(const MethodEntry& entry, const Value& obj, CallContext& ctx, CallArgs& args);

std::span<const MethodEntry> string_methods();
std::span<const MethodEntry> markup_methods();

/// An int argument (bool counts): "'float' object cannot be interpreted as an integer".
std::int64_t int_arg(const Value& v);
/// Binds no arguments: "name() takes 0 positional arguments but 1 was given".
void no_args(CallArgs& args, const char* name);
/// Refuses results beyond 10 MB ('x'.center(10**9)) instead of allocating them.
void check_size(std::size_t bytes);

}  // namespace rapportage::tmpl::methods
