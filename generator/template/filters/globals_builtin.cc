// Jinja's default globals: range, dict, cycler, joiner, namespace (not lipsum).
#include <memory>

#include "template/filters/builtins.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

constexpr std::int64_t kMaxRange = 100000;

std::int64_t range_arg(const Value& v) {
  if (!v.is_int() && !v.is_bool()) {
    throw_type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  }
  return v.as_int();
}

/// Python's range object: lazy, prints as range(0, 3), at most kMaxRange items.
class RangeObject : public Object {
 public:
  RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step)
      : start_(start), stop_(stop), step_(step) {
    __int128 span = step > 0 ? static_cast<__int128>(stop) - start
                             : static_cast<__int128>(start) - stop;
    __int128 abs_step = step > 0 ? step : -static_cast<__int128>(step);
    __int128 n = span <= 0 ? 0 : (span + abs_step - 1) / abs_step;
    if (n > kMaxRange) {
      throw_error(ErrorKind::security, "range too big",
                  "a range may have at most " + std::to_string(kMaxRange) + " items");
    }
    size_ = static_cast<std::size_t>(n);
  }
  std::string type_name() const override { return "range"; }
  std::string repr() const override {
    std::string out = "range(" + std::to_string(start_) + ", " + std::to_string(stop_);
    if (step_ != 1) out += ", " + std::to_string(step_);
    return out + ")";
  }
  bool truthy() const override { return size_ > 0; }
  std::optional<List> iterate() override {
    List out;
    out.reserve(size_);
    for (std::size_t i = 0; i < size_; ++i) out.emplace_back(at(i));
    return out;
  }
  std::optional<std::size_t> length() override { return size_; }
  Value get_attr(std::string_view name) override {
    if (name == "start") return start_;
    if (name == "stop") return stop_;
    if (name == "step") return step_;
    if (name == "count" || name == "index") {
      auto self = std::static_pointer_cast<RangeObject>(shared_from_this());
      bool count = name == "count";
      return Value::function(count ? "range.count" : "range.index",
                             [self, count](CallContext&, CallArgs& args) {
                               ArgBinder binder(count ? "count" : "index", args);
                               Value x = binder.required("value");
                               binder.finish();
                               std::optional<std::size_t> at = self->position_of(x);
                               if (count) return Value(static_cast<std::int64_t>(at ? 1 : 0));
                               if (!at) throw_error(ErrorKind::value, tmpl::repr(x) + " is not in range");
                               return Value(static_cast<std::int64_t>(*at));
                             });
    }
    return Value::undefined_attribute(Value::object(shared_from_this()), name);
  }
  Value get_item(const Value& key) override {
    if (key.is_int() || key.is_bool()) {
      std::int64_t i = key.as_int();
      std::int64_t n = static_cast<std::int64_t>(size_);
      if (i < 0) i += n;
      if (i >= 0 && i < n) return at(static_cast<std::size_t>(i));
      return Value::undefined_with_message("range object has no element " + tmpl::repr(key));
    }
    return Object::get_item(key);
  }

 private:
  // Every item lies between start and stop, but i * step alone may not fit in 64 bits.
  std::int64_t at(std::size_t i) const {
    return static_cast<std::int64_t>(start_ + static_cast<__int128>(i) * step_);
  }
  // Where x (compared like Python's ==) is in the range.
  std::optional<std::size_t> position_of(const Value& x) const {
    for (std::size_t i = 0; i < size_; ++i)
      if (equals(Value(at(i)), x)) return i;
    return std::nullopt;
  }
  std::int64_t start_, stop_, step_;
  std::size_t size_ = 0;
};

Value range_global(CallContext&, CallArgs& args) {
  if (!args.keywords.empty()) throw_type_error("range() takes no keyword arguments");
  const List& p = args.positional;
  if (p.empty()) throw_type_error("range expected at least 1 argument, got 0");
  if (p.size() > 3) {
    throw_type_error("range expected at most 3 arguments, got " + std::to_string(p.size()));
  }
  std::int64_t start = 0, stop, step = 1;
  if (p.size() == 1) {
    stop = range_arg(p[0]);
  } else {
    start = range_arg(p[0]);
    stop = range_arg(p[1]);
    if (p.size() == 3) step = range_arg(p[2]);
  }
  if (step == 0) throw_error(ErrorKind::value, "range() arg 3 must not be zero");
  return Value::object(std::make_shared<RangeObject>(start, stop, step));
}

// dict(mapping_or_pairs, **kwargs), also used by namespace().
Dict dict_from(const char* name, CallArgs& args) {
  ArgBinder b(name, args);
  std::optional<Value> source = b.maybe("__source");
  auto keywords = b.rest_keywords();
  if (args.positional.size() > 1) {
    throw_type_error(std::string(name) + " expected at most 1 argument, got " +
                     std::to_string(args.positional.size()));
  }
  Dict d;
  if (source) {
    if (source->is_dict()) {
      d = source->as_dict();
    } else {
      std::size_t i = 0;
      for (const Value& pair : iterate(*source)) {
        List kv = iterate(pair);
        if (kv.size() != 2) {
          throw_error(ErrorKind::value, "dictionary update sequence element #" +
                                            std::to_string(i) + " has length " +
                                            std::to_string(kv.size()) + "; 2 is required");
        }
        d.set(kv[0], kv[1]);
        ++i;
      }
    }
  }
  for (const auto& [k, v] : keywords) d.set(Value(k), v);
  return d;
}

class Cycler : public Object {
 public:
  explicit Cycler(List items) : items_(std::move(items)) {}
  std::string type_name() const override { return "Cycler"; }
  Value get_attr(std::string_view name) override {
    auto self = std::static_pointer_cast<Cycler>(shared_from_this());
    if (name == "items") return Value::list(items_);
    if (name == "current") return items_[pos_];
    if (name == "next") {
      return Value::function("Cycler.next", [self](CallContext&, CallArgs& args) {
        ArgBinder("next", args).finish();
        Value v = self->items_[self->pos_];
        self->pos_ = (self->pos_ + 1) % self->items_.size();
        return v;
      });
    }
    if (name == "reset") {
      return Value::function("Cycler.reset", [self](CallContext&, CallArgs& args) {
        ArgBinder("reset", args).finish();
        self->pos_ = 0;
        return Value::none();
      });
    }
    return Object::get_attr(name);
  }

 private:
  List items_;
  std::size_t pos_ = 0;
};

class Joiner : public Object {
 public:
  explicit Joiner(Value sep) : sep_(std::move(sep)) {}
  std::string type_name() const override { return "Joiner"; }
  bool is_callable() const override { return true; }
  Value call(CallContext&, CallArgs& args) override {
    ArgBinder("joiner", args).finish();
    if (!used_) {
      used_ = true;
      return Value("");
    }
    return sep_;
  }

 private:
  Value sep_;
  bool used_ = false;
};

class Namespace : public Object {
 public:
  explicit Namespace(Dict attrs) : attrs_(std::move(attrs)) {}
  std::string type_name() const override { return "Namespace"; }
  Value get_attr(std::string_view name) override {
    if (const Value* v = attrs_.find_str(name)) return *v;
    return Object::get_attr(name);
  }
  void set_attr(std::string_view name, Value value) override {
    attrs_.set(Value(name), std::move(value));
  }
  std::string repr() const override { return "<Namespace " + tmpl::repr(Value::dict(attrs_)) + ">"; }

 private:
  Dict attrs_;
};

}  // namespace

Value make_range(std::int64_t start, std::int64_t stop, std::int64_t step) {
  return Value::object(std::make_shared<RangeObject>(start, stop, step));
}

void register_builtin_globals(Globals& globals) {
  globals["range"] = Value::function("range", range_global);
  globals["dict"] = Value::function("dict", [](CallContext&, CallArgs& args) {
    return Value::dict(dict_from("dict", args));
  });
  globals["cycler"] = Value::function("cycler", [](CallContext&, CallArgs& args) {
    ArgBinder b("cycler", args);
    List items = b.rest_positional();
    b.finish();
    if (items.empty()) {
      throw_error(ErrorKind::runtime, "at least one item has to be provided");
    }
    return Value::object(std::make_shared<Cycler>(std::move(items)));
  });
  globals["joiner"] = Value::function("joiner", [](CallContext&, CallArgs& args) {
    ArgBinder b("joiner", args);
    Value sep = b.optional("sep", ", ");
    b.finish();
    return Value::object(std::make_shared<Joiner>(sep));
  });
  globals["namespace"] = Value::function("namespace", [](CallContext&, CallArgs& args) {
    return Value::object(std::make_shared<Namespace>(dict_from("namespace", args)));
  });
}

}  // namespace rapportage::tmpl
