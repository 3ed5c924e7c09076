#pragma once
// The template engine's value: what Python/Jinja2 values are to Jinja2. Cheap to copy
// (strings, lists, dicts and objects are shared, like Python references). Operations
// with Python semantics are in value_ops.h; errors are thrown as TemplateError (call.h).
//
// Reference counts are atomic: pages render on several threads at once, and all of them
// read the same site-wide Values (data, settings, navigation). A render changes only the
// values it made itself; shared ones are read, never written (`unique()` is false for
// them, so no filter changes them in place).
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/same_bytes.h"

namespace rapportage::tmpl {

using Json = nlohmann::ordered_json;

class Value;
class Object;
class Dict;
class CallContext;
struct CallArgs;

using List = std::vector<Value>;
/// A callable: a global function, or a bound method such as `'a,b'.split`.
using Function = std::function<Value(CallContext&, CallArgs&)>;

class Value {
 public:
  enum class Kind : std::uint8_t {
    undefined, none, boolean, integer, floating, string, list, tuple, dict, callable, object
  };

  /// Undefined without a name ("None is undefined", like jinja2.Undefined()).
  Value() = default;
  Value(bool b) : kind_(Kind::boolean) { u_.b = b; }
  template <typename T>
    requires(std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>)
  Value(T i) : kind_(Kind::integer) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      if (i > static_cast<T>(INT64_MAX)) throw_overflow();
    }
    u_.i = static_cast<std::int64_t>(i);
  }
  Value(double d) : kind_(Kind::floating) { u_.f = d; }
  Value(std::string s);
  Value(std::string_view s) : Value(std::string(s)) {}
  Value(const char* s) : Value(std::string(s)) {}

  // Named constructors.
  static Value none();
  /// Undefined variable: "'name' is undefined".
  static Value undefined(std::string name);
  /// Missing attribute: "'dict object' has no attribute 'y'".
  static Value undefined_attribute(const Value& owner, std::string_view name);
  /// Missing element: "list object has no element 5" (non-string keys).
  static Value undefined_element(const Value& owner, const Value& key);
  /// Undefined with an explicit message (Jinja's `hint`).
  static Value undefined_with_message(std::string message);
  static Value markup(std::string s);  // a safe string (Markup)
  /// A str (or Markup) holding a copy of `s`, in storage recycled from strings that went
  /// (no allocation in a loop that makes one string per row).
  static Value text(std::string_view s, bool markup = false);
  static Value string(std::string s, bool markup);
  static Value list(List items = {});
  static Value tuple(List items);
  static Value dict(Dict d);
  static Value function(std::string name, Function fn);
  static Value object(std::shared_ptr<Object> obj);

  Kind kind() const { return kind_; }
  bool is_undefined() const { return kind_ == Kind::undefined; }
  bool is_none() const { return kind_ == Kind::none; }
  bool is_bool() const { return kind_ == Kind::boolean; }
  bool is_int() const { return kind_ == Kind::integer; }
  bool is_float() const { return kind_ == Kind::floating; }
  /// int, float or bool (Python's numbers.Number; bool is an int in Python).
  bool is_number() const { return is_int() || is_float() || is_bool(); }
  bool is_string() const { return kind_ == Kind::string; }
  bool is_markup() const { return kind_ == Kind::string && markup_; }
  bool is_list() const { return kind_ == Kind::list; }
  bool is_tuple() const { return kind_ == Kind::tuple; }
  bool is_sequence() const { return is_list() || is_tuple(); }  // list or tuple
  bool is_dict() const { return kind_ == Kind::dict; }
  bool is_function() const { return kind_ == Kind::callable; }
  bool is_object() const { return kind_ == Kind::object; }
  /// Function, or an Object whose is_callable() is true.
  bool is_callable() const;

  bool as_bool() const { return u_.b; }                 // is_bool()
  std::int64_t as_int() const;                               // int or bool
  double as_float() const;                                   // int, float or bool
  inline const std::string& as_string() const;               // is_string(), else ""
  inline List& as_list() const;                              // is_sequence(): shared, mutable
  inline Dict& as_dict() const;                              // is_dict(): shared, mutable
  const Function& as_function() const;                       // is_function()
  const std::string& function_name() const;                  // is_function()
  const std::shared_ptr<Object>& as_object() const;         // is_object()
  /// Jinja's message for an undefined value ("'x' is undefined").
  std::string undefined_message() const;                     // is_undefined()
  /// undefined_message().starts_with(prefix), without formatting the message.
  bool undefined_message_starts_with(std::string_view prefix) const;
  /// The variable or attribute name that was undefined ("" if unknown).
  std::string undefined_name() const;

  /// Where a shared value's storage is (for prefetching); nullptr for scalars.
  const void* box_address() const { return boxed_ ? u_.box : nullptr; }
  /// This value as a distinct Python object that shares the storage (`is` tells them
  /// apart by `identity`, which must be unique and not 0).
  Value with_identity(std::uint32_t identity) const {
    Value v(*this);
    v.identity_ = identity;
    return v;
  }
  /// Same storage (Python `is` for shared kinds).
  bool same_as(const Value& other) const;
  /// No other Value shares this one's storage (a temporary result): nothing can observe
  /// a change to it, so a filter may change a unique string in place.
  bool unique() const { return boxed_ && u_.box->refs.load(std::memory_order_acquire) == 1; }
  /// The text of a unique() string, to change in place.
  std::string& unique_string() { return unbox<std::string>(); }

 private:
  [[noreturn]] static void throw_overflow();
  // Strings, lists, dicts, functions, objects and undefined details live in a
  // reference-counted box; which box type is told by kind_ (no vtable). A Value is 16
  // bytes, so the rows of a large data file stay compact in memory.
  struct Box {
    std::atomic<std::uint32_t> refs{1};
  };
  template <typename T>
  struct Boxed : Box {
    template <typename... Args>
    explicit Boxed(Args&&... args) : value(std::forward<Args>(args)...) {}
    T value;
  };
  static const std::string& empty_string();
  struct StringPool;  // recycled string boxes, per thread (value.cc)
  // Whether u_ holds a box (strings, lists... and undefined values with details): one
  // byte to test on every copy, set with the box.
  void set_box(Box* box) {
    u_.box = box;
    boxed_ = true;
  }
  void retain() const {
    if (boxed_) u_.box->refs.fetch_add(1, std::memory_order_relaxed);
  }
  void release() {
    // The thread that drops the last reference sees every write made through the others.
    if (boxed_ && u_.box->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) destroy();
  }
  void destroy();  // frees the box of this kind
  template <typename T>
  T& unbox() const {
    return static_cast<Boxed<T>*>(u_.box)->value;
  }
  template <typename T, typename... Args>
  static Box* make_box(Args&&... args);

  Kind kind_ = Kind::undefined;
  bool markup_ = false;
  bool boxed_ = false;
  // Python identity for shared strings: the JSON reader shares the storage of equal
  // texts, but each value it reads is its own object in Python (json.loads), so each
  // gets its own identity number here; 0 for everything else.
  std::uint32_t identity_ = 0;
  union Payload {
    bool b;
    std::int64_t i;
    double f;
    Box* box;
  } u_{.i = 0};

 public:
  Value(const Value& other)
      : kind_(other.kind_), markup_(other.markup_), boxed_(other.boxed_), identity_(other.identity_), u_(other.u_) {
    retain();
  }
  Value(Value&& other) noexcept
      : kind_(other.kind_), markup_(other.markup_), boxed_(other.boxed_), identity_(other.identity_), u_(other.u_) {
    other.kind_ = Kind::undefined;
    other.boxed_ = false;
    other.u_.i = 0;
  }
  Value& operator=(const Value& other) {
    if (this != &other) {
      other.retain();
      release();
      kind_ = other.kind_;
      markup_ = other.markup_;
      boxed_ = other.boxed_;
      identity_ = other.identity_;
      u_ = other.u_;
    }
    return *this;
  }
  Value& operator=(Value&& other) noexcept {
    if (this != &other) {
      release();
      kind_ = other.kind_;
      markup_ = other.markup_;
      boxed_ = other.boxed_;
      identity_ = other.identity_;
      u_ = other.u_;
      other.kind_ = Kind::undefined;
      other.boxed_ = false;
      other.u_.i = 0;
    }
    return *this;
  }
  ~Value() { release(); }
};

/// A Python dict: insertion order; keys str/int/float/bool/None/tuple with Python's
/// equality (1 == 1.0 == True are one key). Unhashable keys raise a TypeError.
class Dict {
 public:
  Dict() = default;
  Dict(std::initializer_list<std::pair<Value, Value>> items);
  /// A dict of `items` whose keys are known to be distinct (no lookups while building).
  static Dict from_unique_items(std::vector<std::pair<Value, Value>> items);
  const Value* find(const Value& key) const;
  Value* find(const Value& key);
  /// Lookup by a string key (no Value needed).
  inline const Value* find_str(std::string_view key) const;
  Value* find_str(std::string_view key) { return const_cast<Value*>(static_cast<const Dict*>(this)->find_str(key)); }
  bool contains(const Value& key) const { return find(key) != nullptr; }
  /// Inserts at the end, or replaces the value in place when the key exists.
  void set(const Value& key, Value value);
  bool erase(const Value& key);
  void clear();
  void reserve(std::size_t n) { items_.reserve(n); }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  const std::vector<std::pair<Value, Value>>& items() const { return items_; }
  /// Asks the CPU to start loading the entries (a loop over many rows calls this a few
  /// rows ahead, so that looking up a row's fields does not wait for memory).
  void prefetch() const { __builtin_prefetch(items_.data()); }

 private:
  // Small dicts are searched linearly; from kIndexFrom items on, an open-addressing
  // table of positions + 1 (0 = empty) keyed by Python-equality hashes.
  static constexpr std::size_t kIndexFrom = 17;
  std::size_t slot_of(std::uint64_t hash, const Value& key) const;
  std::size_t slot_of_str(std::uint64_t hash, std::string_view key) const;
  const Value* find_str_scan(std::string_view key) const;
  // Rows of a data file have their keys in the same order: where each call site's key
  // (by the address of its text) was found last, looked at first. Checked by comparing
  // the key, so a stale hint only costs the scan.
  struct KeyHint {
    const char* key;
    std::size_t pos;
  };
  static KeyHint& key_hint(const char* key) {
    static thread_local KeyHint hints[256];
    return hints[(reinterpret_cast<std::uintptr_t>(key) * 0x9E3779B97F4A7C15ULL) >> 56];
  }
  void rebuild_index();
  std::vector<std::pair<Value, Value>> items_;
  std::vector<std::uint32_t> index_;
};

/// Base of engine objects that are not plain data: namespace, cycler, joiner, loop,
/// macro... Defaults behave like a plain Python object with no attributes.
class Object : public std::enable_shared_from_this<Object> {
 public:
  virtual ~Object() = default;
  /// Python type name used in messages and reprs: "Namespace", "LoopContext".
  virtual std::string type_name() const = 0;
  /// `obj.name`; Undefined (Value::undefined_attribute) when there is none.
  virtual Value get_attr(std::string_view name);
  /// `obj[key]`; defaults to get_attr for string keys.
  virtual Value get_item(const Value& key);
  /// `{% set obj.name = v %}`; throws a TemplateError when not supported.
  virtual void set_attr(std::string_view name, Value value);
  virtual bool is_callable() const { return false; }
  virtual Value call(CallContext& ctx, CallArgs& args);
  /// What the engine's own objects are (no dynamic_cast on every call of a macro).
  enum class Role : std::uint8_t { other, macro, loop };
  virtual Role role() const { return Role::other; }
  /// Python repr(); str() defaults to it.
  virtual std::string repr() const;
  virtual std::string str() const { return repr(); }
  virtual bool truthy() const { return true; }
  /// Items for `for x in obj`; nullopt when not iterable.
  virtual std::optional<List> iterate();
  /// len(obj); nullopt when it has no len().
  virtual std::optional<std::size_t> length();
};

/// Name → value: the globals of an Environment and the extra globals of a render.
using Globals = std::map<std::string, Value, std::less<>>;

static_assert(sizeof(Value) == 16, "a Value is two words: kind, flags and identity; payload");

inline const std::string& Value::as_string() const {
  if (kind_ != Kind::string) [[unlikely]] return empty_string();
  return unbox<std::string>();
}
inline List& Value::as_list() const { return unbox<List>(); }
inline Dict& Value::as_dict() const { return unbox<Dict>(); }

inline const Value* Dict::find_str(std::string_view key) const {
  if (index_.empty()) {
    const KeyHint& hint = key_hint(key.data());
    if (hint.key == key.data() && hint.pos < items_.size()) {
      const auto& item = items_[hint.pos];
      if (item.first.is_string() && base::same_text(item.first.as_string(), key)) [[likely]]
        return &item.second;
    }
  }
  return find_str_scan(key);
}

/// For loops over many dict rows: starts loading the storage of items[i + 8] and the
/// entries of items[i + 4] (no effect on anything else).
inline void prefetch_rows(const List& items, std::size_t i) {
  if (i + 8 < items.size() && items[i + 8].is_dict()) __builtin_prefetch(items[i + 8].box_address());
  if (i + 4 < items.size() && items[i + 4].is_dict()) items[i + 4].as_dict().prefetch();
}

/// JSON → Value: null → None, integers → int (above int64: TemplateError overflow),
/// objects → dict in document order.
Value from_json(const Json& j);
/// Value → JSON (json.dumps rules: dict keys int/float/bool/None become strings);
/// undefined, callables, objects and tuple keys raise a TemplateError (type).
Json to_json(const Value& v);

}  // namespace rapportage::tmpl
