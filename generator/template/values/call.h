#pragma once
// Calling into the engine: arguments, the binder that maps them to parameters with
// Python's TypeErrors, the context a filter/test/global sees, and TemplateError.
#include <exception>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "template/values/value.h"

namespace rapportage::tmpl {

enum class ErrorKind {
  undefined,      // UndefinedError
  type,           // TypeError
  value,          // ValueError
  key,            // KeyError
  index,          // IndexError
  attribute,      // AttributeError
  zero_division,  // ZeroDivisionError
  overflow,       // OverflowError / our int64 limit
  security,       // SecurityError (limits, unsafe access)
  runtime,        // anything else raised while rendering
  syntax,         // TemplateSyntaxError
  not_found,      // TemplateNotFound
  filter,         // unknown filter/test
};

/// Thrown by value operations, filters, tests and globals. The renderer catches it and
/// attaches the template location of the failing expression.
struct TemplateError : std::exception {
  ErrorKind kind = ErrorKind::runtime;
  std::string message;  // Python-like: "division by zero", "'x' is undefined"
  std::string hint;     // optional: what to do about it
  TemplateError(ErrorKind k, std::string msg, std::string h = {})
      : kind(k), message(std::move(msg)), hint(std::move(h)) {}
  const char* what() const noexcept override { return message.c_str(); }
};

[[noreturn]] void throw_error(ErrorKind kind, std::string message, std::string hint = {});
[[noreturn]] void throw_type_error(std::string message);
/// Refuses a string of more than kMaxStringBytes that a template is building.
void check_string_size(std::size_t bytes);

struct CallArgs {
  std::vector<Value> positional{};
  std::vector<std::pair<std::string, Value>> keywords{};
};

/// Binds CallArgs to parameters in declaration order, like a Python signature:
///   ArgBinder b("round", args);
///   Value precision = b.optional("precision", 0);
///   Value method = b.optional("method", "common");
///   b.finish();  // "round() got an unexpected keyword argument 'x'", too many args...
class ArgBinder {
 public:
  ArgBinder(std::string function_name, CallArgs& args);
  /// "round() missing 1 required positional argument: 'x'" when absent.
  Value required(std::string_view name);
  Value optional(std::string_view name, Value default_value);
  /// The named argument if given, else nullopt.
  std::optional<Value> maybe(std::string_view name);
  /// *args: the positional arguments not yet bound.
  List rest_positional();
  /// **kwargs: the keyword arguments not yet bound, in call order.
  std::vector<std::pair<std::string, Value>> rest_keywords();
  /// Throws for leftover positional or keyword arguments.
  void finish();

 private:
  std::optional<Value> take(std::string_view name);
  std::string function_name_;
  CallArgs& args_;
  std::size_t next_positional_ = 0;
  std::size_t params_ = 0, required_ = 0;
  std::vector<bool> keyword_used_;
  bool rest_positional_taken_ = false, rest_keywords_taken_ = false;
};

/// What a filter, test or global function sees of the render in progress.
class CallContext {
 public:
  virtual ~CallContext() = default;
  virtual bool autoescape() const = 0;
  virtual Value call_filter(std::string_view name, const Value& input, CallArgs args) = 0;
  virtual bool call_test(std::string_view name, const Value& input, CallArgs args) = 0;
  virtual bool has_filter(std::string_view name) const = 0;
  virtual bool has_test(std::string_view name) const = 0;
  /// The test called `name`, to call once per item of a long list without looking it up
  /// each time; nullptr when there is none (call_test then reports it).
  virtual const std::function<bool(CallContext&, const Value&, CallArgs&)>* find_test(
      std::string_view name) const = 0;
  /// Calls a function, macro or callable object.
  virtual Value call(const Value& callable, CallArgs args) = 0;
  /// The template being rendered ("templates/page.html") and the call's position.
  virtual std::string template_name() const = 0;
  virtual int line() const = 0;
  virtual int column() const = 0;
  /// The environment's newline sequence ("\n").
  virtual const std::string& newline_sequence() const = 0;
};

using FilterFunction = std::function<Value(CallContext&, const Value& input, CallArgs&)>;
/// A builtin filter's common case, called with positional arguments only and no
/// binding: sets `out` and returns true, or returns false without changing anything
/// when the call is not a case it handles (the general filter then runs). It may take
/// over `input` (set it to `out`, or change a unique() string in place).
using FastFilter = bool (*)(CallContext& ctx, Value& input, const Value* const* args,
                            std::size_t nargs, Value& out);
using TestFunction = std::function<bool(CallContext&, const Value& input, CallArgs&)>;
using FilterTable = std::map<std::string, FilterFunction, std::less<>>;
using TestTable = std::map<std::string, TestFunction, std::less<>>;

/// A CallContext over plain tables, for tests and for calling filters outside a render.
class BasicCallContext : public CallContext {
 public:
  BasicCallContext(const FilterTable* filters = nullptr, const TestTable* tests = nullptr)
      : filters_(filters), tests_(tests) {}
  bool autoescape() const override { return autoescape_; }
  void set_autoescape(bool on) { autoescape_ = on; }
  Value call_filter(std::string_view name, const Value& input, CallArgs args) override;
  bool call_test(std::string_view name, const Value& input, CallArgs args) override;
  bool has_filter(std::string_view name) const override;
  bool has_test(std::string_view name) const override;
  const TestFunction* find_test(std::string_view name) const override;
  Value call(const Value& callable, CallArgs args) override;
  std::string template_name() const override { return template_name_; }
  int line() const override { return 0; }
  int column() const override { return 0; }
  const std::string& newline_sequence() const override { return newline_; }
  void set_template_name(std::string name) { template_name_ = std::move(name); }

 private:
  const FilterTable* filters_;
  const TestTable* tests_;
  bool autoescape_ = false;
  std::string template_name_;
  std::string newline_ = "\n";
};

}  // namespace rapportage::tmpl
