// ArgBinder (Python's argument binding and its TypeErrors) and BasicCallContext.
#include "template/values/call.h"

#include "template/limits.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {

void throw_error(ErrorKind kind, std::string message, std::string hint) {
  throw TemplateError(kind, std::move(message), std::move(hint));
}

void throw_type_error(std::string message) { throw_error(ErrorKind::type, std::move(message)); }

void check_string_size(std::size_t bytes) {
  if (bytes > kMaxStringBytes)
    throw_error(ErrorKind::security,
                "string result is too large (more than " + std::to_string(kMaxStringBytes / 1'000'000) + " MB)",
                "a template may build strings of at most " + std::to_string(kMaxStringBytes / 1'000'000) + " MB");
}

ArgBinder::ArgBinder(std::string function_name, CallArgs& args)
    : function_name_(std::move(function_name)),
      args_(args),
      keyword_used_(args.keywords.size(), false) {}

std::optional<Value> ArgBinder::take(std::string_view name) {
  ++params_;
  std::optional<Value> found;
  if (next_positional_ < args_.positional.size()) found = args_.positional[next_positional_++];
  for (std::size_t i = 0; i < args_.keywords.size(); ++i) {
    if (keyword_used_[i] || args_.keywords[i].first != name) continue;
    if (found) {
      throw_type_error(function_name_ + "() got multiple values for argument '" +
                       std::string(name) + "'");
    }
    keyword_used_[i] = true;
    found = args_.keywords[i].second;
  }
  return found;
}

Value ArgBinder::required(std::string_view name) {
  ++required_;
  std::optional<Value> v = take(name);
  if (!v) {
    throw_type_error(function_name_ + "() missing 1 required positional argument: '" +
                     std::string(name) + "'");
  }
  return *v;
}

Value ArgBinder::optional(std::string_view name, Value default_value) {
  std::optional<Value> v = take(name);
  return v ? *v : default_value;
}

std::optional<Value> ArgBinder::maybe(std::string_view name) { return take(name); }

List ArgBinder::rest_positional() {
  rest_positional_taken_ = true;
  List rest;
  for (std::size_t i = next_positional_; i < args_.positional.size(); ++i) {
    rest.push_back(args_.positional[i]);
  }
  next_positional_ = args_.positional.size();
  return rest;
}

std::vector<std::pair<std::string, Value>> ArgBinder::rest_keywords() {
  rest_keywords_taken_ = true;
  std::vector<std::pair<std::string, Value>> rest;
  for (std::size_t i = 0; i < args_.keywords.size(); ++i) {
    if (!keyword_used_[i]) {
      keyword_used_[i] = true;
      rest.push_back(args_.keywords[i]);
    }
  }
  return rest;
}

void ArgBinder::finish() {
  std::size_t given = args_.positional.size();
  if (given > next_positional_ && !rest_positional_taken_) {
    std::string takes = required_ == params_
                            ? std::to_string(params_)
                            : "from " + std::to_string(required_) + " to " + std::to_string(params_);
    takes += params_ == 1 && required_ == params_ ? " positional argument"
                                                  : " positional arguments";
    throw_type_error(function_name_ + "() takes " + takes + " but " + std::to_string(given) +
                     (given == 1 ? " was given" : " were given"));
  }
  if (rest_keywords_taken_) return;
  for (std::size_t i = 0; i < args_.keywords.size(); ++i) {
    if (!keyword_used_[i]) {
      throw_type_error(function_name_ + "() got an unexpected keyword argument '" +
                       args_.keywords[i].first + "'");
    }
  }
}

Value BasicCallContext::call_filter(std::string_view name, const Value& input, CallArgs args) {
  if (filters_) {
    auto it = filters_->find(name);
    if (it != filters_->end()) return it->second(*this, input, args);
  }
  throw_error(ErrorKind::filter, "no filter named '" + std::string(name) + "'");
}

bool BasicCallContext::call_test(std::string_view name, const Value& input, CallArgs args) {
  if (tests_) {
    auto it = tests_->find(name);
    if (it != tests_->end()) return it->second(*this, input, args);
  }
  throw_error(ErrorKind::filter, "no test named '" + std::string(name) + "'");
}

bool BasicCallContext::has_filter(std::string_view name) const {
  return filters_ && filters_->find(name) != filters_->end();
}

const TestFunction* BasicCallContext::find_test(std::string_view name) const {
  if (!tests_) return nullptr;
  auto it = tests_->find(name);
  return it == tests_->end() ? nullptr : &it->second;
}

bool BasicCallContext::has_test(std::string_view name) const {
  return tests_ && tests_->find(name) != tests_->end();
}

Value BasicCallContext::call(const Value& callable, CallArgs args) {
  return call_value(*this, callable, args);
}

}  // namespace rapportage::tmpl
