#pragma once
// Live reload: every HTML response of the preview server loads a small script that
// listens to server-sent events and reloads the page when a newer build is announced.
#include <cstdint>
#include <string>
#include <string_view>

namespace rapportage::serve {

inline constexpr const char* kEventsPath = "/__rapportage/events";
inline constexpr const char* kScriptPath = "/__rapportage/reload.js";

/// `html` with `<script src="/__rapportage/reload.js" data-build="N">` added before
/// its last `</body>` (any case), or at the end when it has none. `build` is the
/// number of the build the page belongs to.
std::string inject_reload_script(std::string_view html, std::uint64_t build);

/// The script itself: it reloads when an event names a build other than its own.
std::string_view reload_script();

/// One server-sent event announcing `build`: "event: build\ndata: N\n\n" (with a retry
/// interval on the first, so a restarted server is found again quickly).
std::string build_event(std::uint64_t build, bool first);

}  // namespace rapportage::serve
