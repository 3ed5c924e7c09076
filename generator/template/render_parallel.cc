// Long loops whose body only writes output (parallel_check.h) render in two parts: the
// first half of the items on this thread, the second half on a helper thread, each with
// a renderer of its own; the two outputs are joined in order. Each part counts only the
// references of the values it makes itself (OwnedBoxes): the context, the template's
// constants and everything made before the loop are left as they are, and outlive it.
//
// A part that meets anything it cannot do without changing something (a call through a
// variable to what is not a pure macro or a reading method) stops, as does a part that
// fails: then the loop renders again as one, on this thread, and reports its error.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "base/helper_thread.h"
#include "template/parallel_check.h"
#include "template/render_objects.h"
#include "template/renderer.h"

namespace rapportage::tmpl {
namespace {

// The rest of a loop is split in two when it would take at least this long on one
// thread (starting and joining a thread costs tens of microseconds), judged by the
// items rendered in the first kProbeFor.
constexpr std::chrono::duration<double> kSplitFrom = std::chrono::microseconds(400);
constexpr std::chrono::duration<double> kProbeFor = std::chrono::microseconds(50);

struct PartStopped {};

bool several_cores() {
  static const bool several = std::thread::hardware_concurrency() > 1;
  return several;
}

}  // namespace

Renderer::Renderer(const Renderer& whole, std::string* out, const std::atomic<bool>* stop, PartTag)
    : env_(whole.env_),
      globals_scope_(whole.globals_scope_),
      context_scope_(whole.context_scope_),
      frames_(whole.frames_),
      scope_(whole.scope_),
      out_(out),
      autoescape_(whole.autoescape_),
      call_offset_(whole.call_offset_),
      depth_(whole.depth_),
      templates_used_(&part_templates_used_),
      newline_(whole.newline_),
      drop_output_(whole.drop_output_),
      part_stop_(stop) {}

void Renderer::check_part_stop() const {
  if (part_stop_->load(std::memory_order_relaxed)) throw PartStopped{};
}

void Renderer::check_part_owns(const Value& v) const {
  if (!v.owned()) throw PartStopped{};
}

void Renderer::check_part_call(const Value& callee) const {
  if (callee.is_object()) {
    const Object& obj = *callee.as_object();
    if (obj.role() == Object::Role::macro) {
      const auto& macro = static_cast<const MacroObject&>(obj);
      if (macro.stmt_->kind == StmtKind::macro && macro.stmt_->pure) return;
    }
  } else if (callee.is_function()) {
    // range, dict, cycler, joiner, namespace: each makes a new value, here.
    if (env_.is_builtin_global(callee)) return;
    if (callee.owned()) {
      // Made in this part: a method bound here (`s.upper`), or `loop.cycle`.
      std::string_view name = callee.function_name();
      std::size_t dot = name.rfind('.');
      if (dot != std::string_view::npos ? !is_changing_method(name.substr(dot + 1)) : name == "cycle") return;
    }
  }
  throw PartStopped{};
}

bool Renderer::render_loop_in_parts(const ForStmt& s, const Value& items, std::size_t depth0,
                                    const ScopePtr& outer) {
  std::size_t n = items.as_list().size();
  if (n < 2 || in_part() || t_box_owner != 0 || !env_.options().parallel_loops || !several_cores()) return false;
  // This thread renders the first items as a part, and judges by them whether to hand
  // the second half of the rest to a helper thread; it renders the first half itself,
  // straight into the output (cut back if a part stops). The helper writes into a
  // buffer of its own.
  std::size_t output_from = out_->size();
  std::atomic<bool> stop{false};
  std::string second_out;
  bool first_done = false, second_done = false;
  std::thread helper;
  {
    OwnedBoxes owned;  // declared first: everything the part made is gone before it ends
    try {
      Renderer part(*this, out_, &stop, PartTag{});
      // Items in chunks of 1, 2, 4... until they took long enough to tell the rest's time.
      auto started = std::chrono::steady_clock::now();
      std::size_t done = 0, middle = n;
      for (std::size_t chunk = 1; done < n; chunk *= 2) {
        std::size_t end = std::min(n, done + chunk);
        part.render_iterations(s, items, depth0, outer, done, end);
        done = end;
        std::chrono::duration<double> spent = std::chrono::steady_clock::now() - started;
        if (spent < kProbeFor) continue;
        std::size_t rest = n - done;
        if (rest >= 2 && spent * (static_cast<double>(rest) / static_cast<double>(done)) >= kSplitFrom) {
          middle = done + rest / 2;
          // Its buffer comes from this thread's heap, already faulted in (a new thread's
          // arena would fault in fresh pages while the other part waits).
          std::size_t per_item = (out_->size() - output_from) / done;
          second_out.reserve(per_item * (n - middle) / 4 * 5 + 4096);
          helper = base::start_helper_thread([&, middle] {
            OwnedBoxes helper_owned;
            try {
              Renderer second(*this, &second_out, &stop, PartTag{});
              second.render_iterations(s, items, depth0, outer, middle, n);
              second_done = true;
            } catch (...) {
              stop.store(true, std::memory_order_relaxed);
            }
          });
          if (!helper.joinable()) middle = n;
        }
        break;
      }
      if (done < middle) part.render_iterations(s, items, depth0, outer, done, middle);
      first_done = true;
    } catch (...) {
      // PartStopped, or an error: the loop renders again as one and reports it.
      stop.store(true, std::memory_order_relaxed);
    }
  }
  bool split = helper.joinable();
  base::join_helper_thread(helper);
  if (!first_done || (split && !second_done)) {
    out_->resize(output_from);
    return false;
  }
  if (split) {
    out_->append(second_out);
    ++loops_in_parts_;
  }
  return true;
}

}  // namespace rapportage::tmpl
