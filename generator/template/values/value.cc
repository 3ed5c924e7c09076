// Value construction, access, Dict and the Object defaults.
#include "template/values/value.h"

#include <cmath>
#include <cstring>

#include "base/same_bytes.h"
#include "template/values/call.h"
#include "template/values/value_depth.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

struct FunctionData {
  std::string name;
  Function fn;
};

// The message is formatted only when it is reported: a failed lookup is common and
// cheap (a dict row without an optional key, a dict attribute that is not a method).
struct UndefinedData {
  enum class How : std::uint8_t { message, variable, attribute, element };
  How how = How::message;
  Value::Kind owner_kind = Value::Kind::undefined;  // attribute/element: the owner
  bool owner_markup = false;
  std::string name;
  std::string text;  // How::message: the message; attribute of an object: its type repr
  Value key;         // How::element: the (scalar) key
};

const char* kind_type_name(Value::Kind kind, bool markup) {
  switch (kind) {
    case Value::Kind::undefined: return "Undefined";
    case Value::Kind::none: return "NoneType";
    case Value::Kind::boolean: return "bool";
    case Value::Kind::integer: return "int";
    case Value::Kind::floating: return "float";
    case Value::Kind::string: return markup ? "Markup" : "str";
    case Value::Kind::list: return "list";
    case Value::Kind::tuple: return "tuple";
    case Value::Kind::dict: return "dict";
    case Value::Kind::callable: return "builtin_function_or_method";
    case Value::Kind::object: return "object";
  }
  return "object";
}

// object_type_repr of a non-object owner from its kind.
std::string kind_type_repr(Value::Kind kind, bool markup) {
  if (kind == Value::Kind::none) return "None";
  if (kind == Value::Kind::string && markup) return "markupsafe.Markup object";
  return std::string(kind_type_name(kind, markup)) + " object";
}


// Python's object_type_repr: "dict object", "None", "jinja2.utils.Namespace object".
std::string object_type_repr(const Value& v) {
  if (v.is_none()) return "None";
  if (v.is_markup()) return "markupsafe.Markup object";
  return type_name(v) + " object";
}

}  // namespace

const std::string& Value::empty_string() {
  static const std::string empty;
  return empty;
}

void Value::throw_overflow() { throw_error(ErrorKind::overflow, "integer overflow"); }

template <typename T, typename... Args>
Value::Box* Value::make_box(Args&&... args) {
  return new Boxed<T>(std::forward<Args>(args)...);
}

// Strings made and dropped for every row (filter results, formatted numbers) reuse the
// boxes, and their buffers, of strings that went before, instead of two allocations each.
namespace {
// Set when this thread's pool is gone (at thread exit): strings freed after that, by
// destructors that run later, are simply deleted.
thread_local bool t_string_pool_gone = false;
}  // namespace

struct Value::StringPool {
  static constexpr std::size_t kBoxes = 64;
  static constexpr std::size_t kLargestKept = 4096;  // bytes of capacity
  Boxed<std::string>* boxes[kBoxes];
  std::size_t count = 0;
  ~StringPool() {
    for (std::size_t i = 0; i < count; ++i) delete boxes[i];
    count = 0;
    t_string_pool_gone = true;
  }
  static StringPool* mine() {
    if (t_string_pool_gone) return nullptr;
    thread_local StringPool pool;
    return &pool;
  }
  Boxed<std::string>* take() {
    if (count == 0) return nullptr;
    Boxed<std::string>* box = boxes[--count];
    box->refs.store(1, std::memory_order_relaxed);
    return box;
  }
  bool keep(Boxed<std::string>* box) {
    if (count >= kBoxes || box->value.capacity() > kLargestKept) return false;
    box->value.clear();
    boxes[count++] = box;
    return true;
  }
};

Value Value::text(std::string_view s, bool markup) {
  Value v;
  v.kind_ = Kind::string;
  v.markup_ = markup;
  StringPool* pool = StringPool::mine();
  if (Boxed<std::string>* box = pool ? pool->take() : nullptr) {
    box->value.assign(s);
    v.set_box(box);
  } else {
    v.set_box(make_box<std::string>(s));
  }
  return v;
}

void Value::destroy() {
  switch (kind_) {
    case Kind::undefined: delete static_cast<Boxed<UndefinedData>*>(u_.box); break;
    case Kind::string: {
      auto* box = static_cast<Boxed<std::string>*>(u_.box);
      StringPool* pool = StringPool::mine();
      if (!pool || !pool->keep(box)) delete box;
      break;
    }
    case Kind::list:
    case Kind::tuple: delete static_cast<Boxed<List>*>(u_.box); break;
    case Kind::dict: delete static_cast<Boxed<Dict>*>(u_.box); break;
    case Kind::callable: delete static_cast<Boxed<FunctionData>*>(u_.box); break;
    case Kind::object: delete static_cast<Boxed<std::shared_ptr<Object>>*>(u_.box); break;
    default: break;
  }
  u_.box = nullptr;
  boxed_ = false;
}

Value::Value(std::string s) : kind_(Kind::string) {
  StringPool* pool = StringPool::mine();
  if (Boxed<std::string>* box = pool ? pool->take() : nullptr) {
    box->value = std::move(s);
    set_box(box);
  } else {
    set_box(make_box<std::string>(std::move(s)));
  }
}

Value Value::none() {
  Value v;
  v.kind_ = Kind::none;
  return v;
}

Value Value::undefined(std::string name) {
  Value v;
  auto* box = make_box<UndefinedData>();
  UndefinedData* data = &static_cast<Boxed<UndefinedData>*>(box)->value;
  data->how = UndefinedData::How::variable;
  data->name = std::move(name);
  v.set_box(box);
  return v;
}

Value Value::undefined_attribute(const Value& owner, std::string_view name) {
  Value v;
  auto* box = make_box<UndefinedData>();
  UndefinedData* data = &static_cast<Boxed<UndefinedData>*>(box)->value;
  data->how = UndefinedData::How::attribute;
  data->owner_kind = owner.kind();
  data->owner_markup = owner.is_markup();
  data->name = std::string(name);
  if (owner.is_object()) data->text = object_type_repr(owner);
  v.set_box(box);
  return v;
}

Value Value::undefined_element(const Value& owner, const Value& key) {
  if (key.is_string()) return undefined_attribute(owner, key.as_string());
  Value v;
  auto* box = make_box<UndefinedData>();
  UndefinedData* data = &static_cast<Boxed<UndefinedData>*>(box)->value;
  data->owner_kind = owner.kind();
  data->owner_markup = owner.is_markup();
  bool scalar = key.is_int() || key.is_bool() || key.is_float() || key.is_none();
  if (scalar && !owner.is_object()) {
    data->how = UndefinedData::How::element;
    data->key = key;
  } else {
    data->how = UndefinedData::How::message;
    data->name = repr(key);
    data->text = object_type_repr(owner) + " has no element " + data->name;
  }
  v.set_box(box);
  return v;
}

Value Value::undefined_with_message(std::string message) {
  Value v;
  auto* box = make_box<UndefinedData>();
  UndefinedData* data = &static_cast<Boxed<UndefinedData>*>(box)->value;
  data->text = std::move(message);
  v.set_box(box);
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
  v.set_box(make_box<List>(std::move(items)));
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
  v.set_box(make_box<Dict>(std::move(d)));
  return v;
}

Value Value::function(std::string name, Function fn) {
  Value v;
  v.kind_ = Kind::callable;
  v.set_box(make_box<FunctionData>(FunctionData{std::move(name), std::move(fn)}));
  return v;
}

Value Value::object(std::shared_ptr<Object> obj) {
  Value v;
  v.kind_ = Kind::object;
  v.set_box(make_box<std::shared_ptr<Object>>(std::move(obj)));
  return v;
}

bool Value::is_callable() const {
  if (is_function()) return true;
  return is_object() && as_object()->is_callable();
}

std::int64_t Value::as_int() const {
  if (kind_ == Kind::boolean) return u_.b ? 1 : 0;
  if (kind_ == Kind::floating) return static_cast<std::int64_t>(u_.f);
  return u_.i;
}

double Value::as_float() const {
  if (kind_ == Kind::boolean) return u_.b ? 1.0 : 0.0;
  if (kind_ == Kind::integer) return static_cast<double>(u_.i);
  return u_.f;
}


const Function& Value::as_function() const {
  return unbox<FunctionData>().fn;
}

const std::string& Value::function_name() const {
  return unbox<FunctionData>().name;
}

const std::shared_ptr<Object>& Value::as_object() const {
  return unbox<std::shared_ptr<Object>>();
}

std::string Value::undefined_message() const {
  if (!u_.box) return "None is undefined";
  const auto& data = unbox<UndefinedData>();
  switch (data.how) {
    case UndefinedData::How::message: return data.text;
    case UndefinedData::How::variable: return repr_string(data.name) + " is undefined";
    case UndefinedData::How::attribute: {
      std::string owner = data.owner_kind == Kind::object
                              ? data.text
                              : kind_type_repr(data.owner_kind, data.owner_markup);
      return repr_string(owner) + " has no attribute " + repr_string(data.name);
    }
    case UndefinedData::How::element:
      return kind_type_repr(data.owner_kind, data.owner_markup) + " has no element " +
             repr(data.key);
  }
  return data.text;
}

bool Value::undefined_message_starts_with(std::string_view prefix) const {
  if (!u_.box) return std::string_view("None is undefined").starts_with(prefix);
  const auto& data = unbox<UndefinedData>();
  if (data.how == UndefinedData::How::message) return data.text.starts_with(prefix);
  return undefined_message().starts_with(prefix);
}

std::string Value::undefined_name() const {
  if (kind_ != Kind::undefined || !u_.box) return "";
  const auto& data = unbox<UndefinedData>();
  if (data.how == UndefinedData::How::element) return repr(data.key);
  return data.name;
}

bool Value::same_as(const Value& other) const {
  if (kind_ != other.kind_) return false;
  if (boxed_ || other.boxed_) {
    return u_.box == other.u_.box && markup_ == other.markup_ && identity_ == other.identity_;
  }
  return equals(*this, other);
}


// ---- Dict -----------------------------------------------------------------------

namespace {

// Python's hash equality: 1, 1.0 and True are one key; Markup('a') and 'a' too.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

std::uint64_t hash_str(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix(h);
}

// An integral float equals the int of the same value.
bool integral_float(double d, std::int64_t& out) {
  if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.2e18) {
    out = static_cast<std::int64_t>(d);
    return true;
  }
  return false;
}

std::uint64_t hash_value(const Value& key) {
  switch (key.kind()) {
    case Value::Kind::none: return 0x9e3779b97f4a7c15ULL;
    case Value::Kind::boolean:
    case Value::Kind::integer: return mix(static_cast<std::uint64_t>(key.as_int()));
    case Value::Kind::floating: {
      double d = key.as_float();
      std::int64_t i;
      if (integral_float(d, i)) return mix(static_cast<std::uint64_t>(i));
      if (std::isnan(d)) return 0x7ff8ULL;
      std::uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      return mix(bits ^ 0x5555ULL);
    }
    case Value::Kind::string: return hash_str(key.as_string());
    case Value::Kind::tuple: {
      ValueDepthGuard depth("while hashing");
      std::uint64_t h = 0x345678ULL;
      for (const Value& item : key.as_list()) h = mix(h ^ hash_value(item)) + 0x9e37ULL;
      return h;
    }
    default: throw_type_error("unhashable type: '" + type_name(key) + "'");
  }
}

bool int_like(const Value& v, std::int64_t& out) {
  if (v.is_int() || v.is_bool()) {
    out = v.as_int();
    return true;
  }
  return v.is_float() && integral_float(v.as_float(), out);
}

// Key equality under the hash rules above (the keys were hashed, so they are hashable).
bool key_equal(const Value& a, const Value& b) {
  if (a.is_string() || b.is_string()) {
    return a.is_string() && b.is_string() && a.as_string() == b.as_string();
  }
  if (a.is_none() || b.is_none()) return a.is_none() && b.is_none();
  if (a.is_tuple() || b.is_tuple()) {
    if (!a.is_tuple() || !b.is_tuple()) return false;
    const List& x = a.as_list();
    const List& y = b.as_list();
    if (x.size() != y.size()) return false;
    ValueDepthGuard depth("in comparison");
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (!key_equal(x[i], y[i])) return false;
    }
    return true;
  }
  std::int64_t i, j;
  bool ai = int_like(a, i), bi = int_like(b, j);
  if (ai && bi) return i == j;
  if (ai || bi) return false;
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    return x == y || (std::isnan(x) && std::isnan(y));
  }
  return false;
}

}  // namespace

Dict::Dict(std::initializer_list<std::pair<Value, Value>> items) {
  for (const auto& [k, v] : items) set(k, v);
}

Dict Dict::from_unique_items(std::vector<std::pair<Value, Value>> items) {
  Dict d;
  d.items_ = std::move(items);
  d.rebuild_index();
  return d;
}

std::size_t Dict::slot_of(std::uint64_t hash, const Value& key) const {
  std::size_t mask = index_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    std::uint32_t pos = index_[slot];
    if (pos == 0 || key_equal(items_[pos - 1].first, key)) return slot;
  }
}

std::size_t Dict::slot_of_str(std::uint64_t hash, std::string_view key) const {
  std::size_t mask = index_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    std::uint32_t pos = index_[slot];
    if (pos == 0) return slot;
    const Value& k = items_[pos - 1].first;
    if (k.is_string() && k.as_string() == key) return slot;
  }
}

void Dict::rebuild_index() {
  if (items_.size() < kIndexFrom) {
    index_.clear();
    return;
  }
  std::size_t cap = 16;
  while (cap < items_.size() * 2) cap *= 2;
  index_.assign(cap, 0);
  std::size_t mask = cap - 1;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    std::size_t slot = hash_value(items_[i].first) & mask;
    while (index_[slot] != 0) slot = (slot + 1) & mask;
    index_[slot] = static_cast<std::uint32_t>(i + 1);
  }
}

const Value* Dict::find(const Value& key) const {
  if (key.is_string()) return find_str(key.as_string());
  std::uint64_t hash = hash_value(key);  // throws for unhashable keys
  if (index_.empty()) {
    for (const auto& item : items_) {
      if (key_equal(item.first, key)) return &item.second;
    }
    return nullptr;
  }
  std::uint32_t pos = index_[slot_of(hash, key)];
  return pos == 0 ? nullptr : &items_[pos - 1].second;
}

Value* Dict::find(const Value& key) {
  return const_cast<Value*>(static_cast<const Dict*>(this)->find(key));
}

const Value* Dict::find_str_scan(std::string_view key) const {
  if (index_.empty()) {
    for (std::size_t i = 0; i < items_.size(); ++i) {
      const auto& item = items_[i];
      if (!item.first.is_string()) continue;
      const std::string& k = item.first.as_string();
      if (k.size() == key.size() && (key.empty() || (k[0] == key[0] && base::same_bytes(k.data(), key.data(), key.size())))) {
        key_hint(key.data()) = KeyHint{key.data(), i};
        return &item.second;
      }
    }
    return nullptr;
  }
  std::uint32_t pos = index_[slot_of_str(hash_str(key), key)];
  return pos == 0 ? nullptr : &items_[pos - 1].second;
}

void Dict::set(const Value& key, Value value) {
  if (Value* found = find(key)) {
    *found = std::move(value);
    return;
  }
  items_.emplace_back(key, std::move(value));
  if (items_.size() < kIndexFrom) return;
  if (index_.empty() || items_.size() * 2 > index_.size()) {
    rebuild_index();
    return;
  }
  std::size_t slot = slot_of(hash_value(key), key);
  index_[slot] = static_cast<std::uint32_t>(items_.size());
}

bool Dict::erase(const Value& key) {
  const Value* found = find(key);
  if (!found) return false;
  std::size_t pos = 0;
  while (&items_[pos].second != found) ++pos;
  items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(pos));
  rebuild_index();
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
