#include "search/index_files.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace rapportage::search {
namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n"; }

}  // namespace

std::string shard_key(const std::string& stem) {
  std::size_t end = base::character_end(stem, std::min<std::size_t>(stem.size(), 1));
  end = base::character_end(stem, std::min(stem.size(), end + 1));
  return stem.substr(0, end);
}

std::string shard_file_name(const std::string& key) {
  bool plain = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
  if (plain) return key;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string name = "_";
  for (unsigned char c : key) {
    name += kHex[c >> 4];
    name += kHex[c & 15];
  }
  return name;
}

std::vector<IndexFile> index_files(const SearchIndex& index) {
  std::vector<IndexFile> files;
  std::map<std::string, Json> shards;  // key → {stem: postings}
  for (const auto& [stem, postings] : index.terms) {
    Json flat = Json::array();
    for (const Posting& p : postings) {
      flat.push_back(p.page);
      flat.push_back(p.weight);
      flat.push_back(p.in_title);
    }
    shards[shard_key(stem)][stem] = std::move(flat);
  }

  Json meta;
  meta["version"] = kIndexVersion;
  meta["pages"] = index.pages.size();
  meta["pages_per_file"] = kPagesPerFile;
  meta["lengths"] = index.lengths;
  Json shard_names = Json::object();
  for (auto& [key, terms] : shards) {
    std::string name = shard_file_name(key);
    shard_names[key] = name;
    files.push_back({"termen/" + name + ".json", dump(terms)});
  }
  meta["shards"] = std::move(shard_names);
  std::map<std::string, std::map<std::string, std::vector<std::size_t>>> filters;
  for (std::size_t i = 0; i < index.pages.size(); ++i)
    for (const auto& [name, value] : index.pages[i].filters) filters[name][value].push_back(i);
  Json filter_json = Json::object();
  for (const auto& [name, values] : filters)
    for (const auto& [value, pages] : values) filter_json[name][value] = pages;
  meta["filters"] = std::move(filter_json);
  files.push_back({"meta.json", dump(meta)});

  Json group = Json::array();
  for (std::size_t i = 0; i < index.pages.size(); ++i) {
    const PageText& page = index.pages[i];
    Json fragment;
    fragment["url"] = page.url;
    fragment["title"] = page.title;
    Json page_filters = Json::object();
    for (const auto& [name, value] : page.filters) page_filters[name] = value;
    fragment["filters"] = std::move(page_filters);
    Json sections = Json::array();
    for (const Section& s : page.sections)
      sections.push_back(Json{{"anchor", s.anchor}, {"heading", s.heading}, {"text", s.text}});
    fragment["sections"] = std::move(sections);
    group.push_back(std::move(fragment));
    if (group.size() == kPagesPerFile || i + 1 == index.pages.size()) {
      files.push_back({"paginas/" + std::to_string(i / kPagesPerFile) + ".json", dump(group)});
      group = Json::array();
    }
  }
  std::sort(files.begin(), files.end(), [](const IndexFile& a, const IndexFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace rapportage::search
