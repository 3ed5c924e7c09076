// Value construction, access, Dict and the Object defaults.
#include "template/value.h"

#include <cmath>

#include "template/call.h"
#include "template/value_ops.h"

namespace rapportage::tmpl {
namespace {

struct FunctionData {
  std::string name;
  Function fn;
};

struct UndefinedData {
  std::string name;
  std::string message;
};

const std::string& empty_string() {
  static const std::string empty;
  return empty;
}

// Python's object_type_repr: "dict object", "None", "jinja2.utils.Namespace object".
std::string object_type_repr(const Value& v) {
  if (v.is_none()) return "None";
  if (v.is_markup()) return "markupsafe.Markup object";
  return type_name(v) + " object";
}

}  // namespace

void Value::throw_overflow() { throw_error(ErrorKind::overflow, "integer overflow"); }

Value::Value(std::string s) : kind_(Kind::string) {
  heap_ = std::make_shared<std::string>(std::move(s));
}

Value Value::none() {
  Value v;
  v.kind_ = Kind::none;
  return v;
}

Value Value::undefined(std::string name) {
  Value v;
  std::string message = repr_string(name) + " is undefined";
  v.heap_ = std::make_shared<UndefinedData>(UndefinedData{std::move(name), std::move(message)});
  return v;
}

Value Value::undefined_attribute(const Value& owner, std::string_view name) {
  Value v;
  std::string message =
      repr_string(object_type_repr(owner)) + " has no attribute " + repr_string(name);
  v.heap_ = std::make_shared<UndefinedData>(UndefinedData{std::string(name), std::move(message)});
  return v;
}

Value Value::undefined_element(const Value& owner, const Value& key) {
  if (key.is_string()) return undefined_attribute(owner, key.as_string());
  Value v;
  std::string message = object_type_repr(owner) + " has no element " + repr(key);
  v.heap_ = std::make_shared<UndefinedData>(UndefinedData{repr(key), std::move(message)});
  return v;
}

Value Value::undefined_with_message(std::string message) {
  Value v;
  v.heap_ = std::make_shared<UndefinedData>(UndefinedData{"", std::move(message)});
  return v;
}

Value Value::markup(std::string s) { return string(std::move(s), true); }

Value Value::string(std::string s, bool markup) {
  Value v(std::move(s));
  v.markup_ = markup;
  return v;
}

Value Value::list(List items) {
  Value v;
  v.kind_ = Kind::list;
  v.heap_ = std::make_shared<List>(std::move(items));
  return v;
}

Value Value::tuple(List items) {
  Value v = list(std::move(items));
  v.kind_ = Kind::tuple;
  return v;
}

Value Value::dict(Dict d) {
  Value v;
  v.kind_ = Kind::dict;
  v.heap_ = std::make_shared<Dict>(std::move(d));
  return v;
}

Value Value::function(std::string name, Function fn) {
  Value v;
  v.kind_ = Kind::callable;
  v.heap_ = std::make_shared<FunctionData>(FunctionData{std::move(name), std::move(fn)});
  return v;
}

Value Value::object(std::shared_ptr<Object> obj) {
  Value v;
  v.kind_ = Kind::object;
  v.heap_ = std::move(obj);
  return v;
}

bool Value::is_callable() const {
  if (is_function()) return true;
  return is_object() && as_object()->is_callable();
}

std::int64_t Value::as_int() const {
  if (kind_ == Kind::boolean) return scalar_.b ? 1 : 0;
  if (kind_ == Kind::floating) return static_cast<std::int64_t>(scalar_.f);
  return scalar_.i;
}

double Value::as_float() const {
  if (kind_ == Kind::boolean) return scalar_.b ? 1.0 : 0.0;
  if (kind_ == Kind::integer) return static_cast<double>(scalar_.i);
  return scalar_.f;
}

const std::string& Value::as_string() const {
  if (kind_ != Kind::string) return empty_string();
  return *static_cast<const std::string*>(heap_.get());
}

List& Value::as_list() const { return *static_cast<List*>(heap_.get()); }
Dict& Value::as_dict() const { return *static_cast<Dict*>(heap_.get()); }

const Function& Value::as_function() const {
  return static_cast<const FunctionData*>(heap_.get())->fn;
}

const std::string& Value::function_name() const {
  return static_cast<const FunctionData*>(heap_.get())->name;
}

std::shared_ptr<Object> Value::as_object() const {
  // heap_ was made from a shared_ptr<Object>, so its void* is the Object*.
  return std::static_pointer_cast<Object>(heap_);
}

std::string Value::undefined_message() const {
  if (!heap_) return "None is undefined";
  return static_cast<const UndefinedData*>(heap_.get())->message;
}

std::string Value::undefined_name() const {
  if (!heap_ || kind_ != Kind::undefined) return "";
  return static_cast<const UndefinedData*>(heap_.get())->name;
}

bool Value::same_as(const Value& other) const {
  if (kind_ != other.kind_) return false;
  if (heap_ || other.heap_) return heap_ == other.heap_ && markup_ == other.markup_;
  return equals(*this, other);
}


// ---- Dict -----------------------------------------------------------------------

namespace {

// Python's hash equality: 1, 1.0 and True are one key; Markup('a') and 'a' too.
void append_hash_key(std::string& out, const Value& key) {
  switch (key.kind()) {
    case Value::Kind::none: out += 'N'; return;
    case Value::Kind::boolean:
    case Value::Kind::integer: out += 'i' + std::to_string(key.as_int()) + ';'; return;
    case Value::Kind::floating: {
      double d = key.as_float();
      if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18) {
        out += 'i' + std::to_string(static_cast<std::int64_t>(d)) + ';';
      } else {
        out += 'f' + format_float(d) + ';';
      }
      return;
    }
    case Value::Kind::string:
      out += 's' + std::to_string(key.as_string().size()) + ':' + key.as_string();
      return;
    case Value::Kind::tuple:
      out += '(';
      for (const Value& item : key.as_list()) append_hash_key(out, item);
      out += ')';
      return;
    default: throw_type_error("unhashable type: '" + type_name(key) + "'");
  }
}

std::string hash_key(const Value& key) {
  std::string out;
  append_hash_key(out, key);
  return out;
}

}  // namespace

Dict::Dict(std::initializer_list<std::pair<Value, Value>> items) {
  for (const auto& [k, v] : items) set(k, v);
}

const Value* Dict::find(const Value& key) const {
  auto it = index_.find(hash_key(key));
  return it == index_.end() ? nullptr : &items_[it->second].second;
}

Value* Dict::find(const Value& key) {
  auto it = index_.find(hash_key(key));
  return it == index_.end() ? nullptr : &items_[it->second].second;
}

const Value* Dict::find_str(std::string_view key) const {
  std::string k = 's' + std::to_string(key.size()) + ':';
  k += key;
  auto it = index_.find(k);
  return it == index_.end() ? nullptr : &items_[it->second].second;
}

Value* Dict::find_str(std::string_view key) {
  return const_cast<Value*>(static_cast<const Dict*>(this)->find_str(key));
}

void Dict::set(const Value& key, Value value) {
  std::string k = hash_key(key);
  auto it = index_.find(k);
  if (it != index_.end()) {
    items_[it->second].second = std::move(value);
    return;
  }
  index_.emplace(std::move(k), items_.size());
  items_.emplace_back(key, std::move(value));
}

bool Dict::erase(const Value& key) {
  auto it = index_.find(hash_key(key));
  if (it == index_.end()) return false;
  std::size_t pos = it->second;
  index_.erase(it);
  items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(pos));
  for (auto& [k, p] : index_) {
    if (p > pos) --p;
  }
  return true;
}

void Dict::clear() {
  items_.clear();
  index_.clear();
}

// ---- Object defaults ------------------------------------------------------------

Value Object::get_attr(std::string_view name) {
  return Value::undefined_with_message("'" + type_name() + " object' has no attribute " +
                                       repr_string(name));
}

Value Object::get_item(const Value& key) {
  if (key.is_string()) return get_attr(key.as_string());
  return Value::undefined_with_message(type_name() + " object has no element " + tmpl::repr(key));
}

void Object::set_attr(std::string_view name, Value) {
  throw_error(ErrorKind::attribute, "'" + type_name() + "' object has no attribute " +
                                        repr_string(name) + " that can be set");
}

Value Object::call(CallContext&, CallArgs&) {
  throw_type_error("'" + type_name() + "' object is not callable");
}

std::string Object::repr() const { return "<" + type_name() + " object>"; }

std::optional<List> Object::iterate() { return std::nullopt; }

std::optional<std::size_t> Object::length() { return std::nullopt; }

}  // namespace rapportage::tmpl
