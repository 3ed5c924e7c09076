#pragma once
// Values that the renders of several pages read at the same time, on several threads.
#include "template/value.h"

namespace rapportage::site {

/// Marks `v`, and every value inside it, as read by page renders on several threads at
/// once, and returns it. The engine counts the references of a value atomically only
/// once it is shared; this is the one place that knows.
inline tmpl::Value shared_by_pages(tmpl::Value v) {
  v.share();
  return v;
}

}  // namespace rapportage::site
