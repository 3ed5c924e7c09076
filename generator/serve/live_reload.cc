#include "serve/live_reload.h"

namespace rapportage::serve {
namespace {

// The last "</body" in any letter case; npos when there is none.
std::size_t last_body_end(std::string_view html) {
  constexpr std::string_view kTag = "</body";
  if (html.size() < kTag.size()) return std::string_view::npos;
  for (std::size_t i = html.size() - kTag.size() + 1; i-- > 0;) {
    bool same = true;
    for (std::size_t j = 0; j < kTag.size() && same; ++j) {
      char c = html[i + j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      same = c == kTag[j];
    }
    if (same) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string inject_reload_script(std::string_view html, std::uint64_t build) {
  std::string tag = std::string("<script src=\"") + kScriptPath + "\" data-build=\"" +
                    std::to_string(build) + "\"></script>\n";
  std::size_t at = last_body_end(html);
  if (at == std::string_view::npos) at = html.size();
  std::string out;
  out.reserve(html.size() + tag.size());
  out.append(html.substr(0, at)).append(tag).append(html.substr(at));
  return out;
}

std::string_view reload_script() {
  // A classic script (not a module), so document.currentScript names it. EventSource
  // reconnects by itself when the server restarts; the first event after connecting
  // tells the current build, so a page served just before a rebuild reloads too.
  return R"js(// rapportage serve: reload this page when the report has been rebuilt.
(function () {
  var script = document.currentScript;
  var shown = script ? script.getAttribute('data-build') : null;
  var events = new EventSource('/__rapportage/events');
  events.addEventListener('build', function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
})();
)js";
}

std::string build_event(std::uint64_t build, bool first) {
  std::string out = first ? "retry: 500\n" : "";
  out += "event: build\ndata: " + std::to_string(build) + "\n\n";
  return out;
}

}  // namespace rapportage::serve
