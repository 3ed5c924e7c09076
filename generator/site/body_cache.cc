#include "site/body_cache.h"

#include <charconv>
#include <string_view>

#include <nlohmann/json.hpp>

namespace rapportage::site {
namespace {

using Json = nlohmann::ordered_json;

Json location_json(const base::Location& l) { return Json::array({l.file, l.line, l.column, l.length, l.line_text}); }

base::Location location_of(const Json& j) {
  base::Location l;
  l.file = j.at(0).get<std::string>();
  l.line = j.at(1).get<int>();
  l.column = j.at(2).get<int>();
  l.length = j.at(3).get<int>();
  l.line_text = j.at(4).get<std::string>();
  return l;
}

Json diagnostic_json(const base::Diagnostic& d) {
  return Json::array({static_cast<int>(d.severity), d.message, location_json(d.location), d.hint, d.notes});
}

base::Diagnostic diagnostic_of(const Json& j) {
  base::Diagnostic d;
  d.severity = static_cast<base::Severity>(j.at(0).get<int>());
  d.message = j.at(1).get<std::string>();
  d.location = location_of(j.at(2));
  d.hint = j.at(3).get<std::string>();
  d.notes = j.at(4).get<std::vector<std::string>>();
  return d;
}

}  // namespace

// The file: kMagic, the lengths of the three parts (decimal, one line), then the parts:
// everything but the HTML as CBOR, the page's HTML and the whole report's HTML as they
// are. The HTML is most of the bytes; read as CBOR it would be copied a byte at a time.
constexpr std::string_view kMagic = "rapportage-body 3\n";

std::string encode_body(const CachedBody& body) {
  Json deps = Json::array();
  for (const Dependency& d : body.deps) deps.push_back(Json::array({d.kind, d.name, d.hash}));
  Json calls = Json::array();
  for (const FigureCall& c : body.figure_calls)
    calls.push_back(Json::array({static_cast<int>(c.request.kind), c.request.id, c.request.dataset,
                                 c.request.options, location_json(c.where), c.problem}));
  Json refs = Json::array();
  for (const auto& [id, where] : body.refs) refs.push_back(Json::array({id, location_json(where)}));
  Json headings = Json::array();
  for (const markdown::Heading& h : body.headings) headings.push_back(Json::array({h.level, h.title, h.anchor, h.line}));
  Json links = Json::array();
  for (const BodyLink& l : body.links)
    links.push_back(Json::array({l.target_source, l.target_url, l.anchor, location_json(l.where), l.notes}));
  Json diags = Json::array();
  for (const base::Diagnostic& d : body.diags) diags.push_back(diagnostic_json(d));
  Json j = Json::array({deps, calls, refs, body.inputs, body.figure_ids, body.html_hash, headings, links, diags,
                        body.shown});
  std::vector<std::uint8_t> meta = Json::to_cbor(j);
  std::string out(kMagic);
  out += std::to_string(meta.size()) + " " + std::to_string(body.html.size()) + " " +
         std::to_string(body.report_html.size()) + "\n";
  out.append(meta.begin(), meta.end());
  out += body.html;
  out += body.report_html;
  return out;
}

std::optional<CachedBody> decode_body(const std::string& bytes) {
  if (!bytes.starts_with(kMagic)) return std::nullopt;
  std::size_t line_end = bytes.find('\n', kMagic.size());
  if (line_end == std::string::npos) return std::nullopt;
  std::size_t sizes[3] = {};
  const char* at = bytes.data() + kMagic.size();
  const char* end = bytes.data() + line_end;
  for (std::size_t& size : sizes) {
    while (at < end && *at == ' ') ++at;
    auto [next, ec] = std::from_chars(at, end, size);
    if (ec != std::errc()) return std::nullopt;
    at = next;
  }
  std::size_t start = line_end + 1;
  if (at != end || bytes.size() - start != sizes[0] + sizes[1] + sizes[2]) return std::nullopt;
  Json j = Json::from_cbor(bytes.begin() + static_cast<std::ptrdiff_t>(start),
                           bytes.begin() + static_cast<std::ptrdiff_t>(start + sizes[0]), true, false);
  if (j.is_discarded() || !j.is_array() || j.size() != 10) return std::nullopt;
  try {
    CachedBody body;
    for (const Json& d : j[0]) body.deps.push_back({d.at(0), d.at(1), d.at(2)});
    for (const Json& c : j[1]) {
      FigureCall call;
      call.request.kind = static_cast<figures::FigureKind>(c.at(0).get<int>());
      call.request.id = c.at(1).get<std::string>();
      call.request.dataset = c.at(2).get<std::string>();
      call.request.options = c.at(3);
      call.where = location_of(c.at(4));
      call.problem = c.at(5).get<std::string>();
      body.figure_calls.push_back(std::move(call));
    }
    for (const Json& r : j[2]) body.refs.emplace_back(r.at(0).get<std::string>(), location_of(r.at(1)));
    body.inputs = j[3].get<std::vector<std::string>>();
    body.figure_ids = j[4].get<std::vector<std::string>>();
    body.html_hash = j[5].get<std::string>();
    for (const Json& h : j[6])
      body.headings.push_back({h.at(0).get<int>(), h.at(1).get<std::string>(), h.at(2).get<std::string>(),
                               h.at(3).get<int>()});
    for (const Json& l : j[7])
      body.links.push_back({l.at(0).get<std::string>(), l.at(1).get<std::string>(), l.at(2).get<std::string>(),
                            location_of(l.at(3)), l.at(4).get<std::vector<std::string>>()});
    for (const Json& d : j[8]) body.diags.push_back(diagnostic_of(d));
    body.shown = j[9].get<std::vector<std::string>>();
    body.html = bytes.substr(start + sizes[0], sizes[1]);
    body.report_html = bytes.substr(start + sizes[0] + sizes[1], sizes[2]);
    return body;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace rapportage::site
