#include "site/site_context.h"

#include "site/references.h"

namespace rapportage::site {
namespace {

using tmpl::Dict;
using tmpl::Value;

Value text_or_none(const std::string& s) { return s.empty() ? Value::none() : Value(s); }

Value chapter_value(const SitePlan& plan, const PlannedChapter& c) {
  const PlannedPage& index = plan.pages[c.index_page];
  tmpl::List sections;
  sections.reserve(c.section_pages.size());
  for (int s : c.section_pages) {
    const PlannedPage& section = plan.pages[s];
    sections.push_back(Value::dict(Dict{{"title", section.title},
                                        {"menu_title", section.menu_title},
                                        {"summary", section.summary},
                                        {"url", section.url}}));
  }
  return Value::dict(Dict{{"id", c.id},
                          {"title", index.title},
                          {"menu_title", index.menu_title},
                          {"summary", index.summary},
                          {"url", index.url},
                          {"sections", Value::list(std::move(sections))}});
}

Value figures_value(const SitePlan& plan, const Narrative& narrative) {
  tmpl::List list;
  list.reserve(narrative.figures.size());
  for (const FigureUse& f : narrative.figures) {
    const PlannedPage& page = plan.pages[f.page];
    list.push_back(Value::dict(Dict{{"kind", figure_word(f.request.kind)},
                                    {"number", f.number},
                                    {"label", f.label},
                                    {"caption", f.caption},
                                    {"url", page.url + "#" + f.request.id},
                                    {"csv_url", f.csv_path},
                                    {"page_title", page.title},
                                    {"id", f.request.id}}));
  }
  return Value::list(std::move(list));
}

/// `root` is the data page's prefix to the site root: the JSON-LD is written there only.
Value datasets_value(const data::DataStore& store, const config::Settings& settings, const std::string& root) {
  tmpl::List list;
  list.reserve(store.sets.size());
  for (const auto& [name, set] : store.sets) {
    tmpl::Json ld = {{"@context", "https://schema.org"},
                     {"@type", "Dataset"},
                     {"name", set.meta.title.empty() ? name : set.meta.title},
                     {"description", set.meta.description},
                     {"inLanguage", settings.language},
                     {"creator", {{"@type", "GovernmentOrganization"}, {"name", "Gemeente " + settings.gemeente}}}};
    if (!set.meta.source.empty()) ld["isBasedOn"] = set.meta.source;
    if (!set.meta.licence.empty()) ld["license"] = set.meta.licence;
    if (!set.meta.peildatum.empty()) ld["dateModified"] = set.meta.peildatum;
    ld["distribution"] = {{{"@type", "DataDownload"}, {"encodingFormat", "text/csv"},
                           {"contentUrl", root + dataset_csv_path(set)}}};
    std::string jsonld = json_for_script(ld.dump(1, '\t', false, tmpl::Json::error_handler_t::replace));
    list.push_back(Value::dict(Dict{{"name", name},
                                    {"title", set.meta.title.empty() ? name : set.meta.title},
                                    {"description", set.meta.description},
                                    {"source", set.meta.source},
                                    {"peildatum", text_or_none(set.meta.peildatum)},
                                    {"licence", set.meta.licence},
                                    {"csv_url", dataset_csv_path(set)},
                                    {"jsonld", jsonld}}));
  }
  return Value::list(std::move(list));
}

}  // namespace

std::string dataset_csv_path(const data::DataSet& set) { return "downloads/data/" + set.name + ".csv"; }

std::string json_for_script(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    // In JSON these only occur inside strings, where \u escapes mean the same text.
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (json.compare(i, 3, "\xE2\x80\xA8") == 0 || json.compare(i, 3, "\xE2\x80\xA9") == 0) {
      // U+2028 and U+2029 end a line in JavaScript before ES2019.
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

Value site_value(const config::Settings& s) {
  Value contact = Value::none();
  if (!s.contact.empty())
    contact = Value::dict(Dict{{"name", text_or_none(s.contact.name)},
                               {"email", text_or_none(s.contact.email)},
                               {"url", text_or_none(s.contact.url)}});
  return Value::dict(Dict{{"title", s.title},
                                          {"gemeente", s.gemeente},
                                          {"edition", s.edition},
                                          {"period", s.period},
                                          {"peildatum", text_or_none(s.peildatum)},
                                          {"publication_date", text_or_none(s.publication_date)},
                                          {"language", s.language},
                                          {"toegankelijkheidsverklaring", text_or_none(s.toegankelijkheidsverklaring)},
                                          {"contact", contact},
                                          {"build_date", text_or_none(s.build_date)},
                                          {"theme_css", text_or_none(s.theme_css)}});
}

SiteValues site_values(const tmpl::Value& site, const SitePlan& plan, const config::Settings& settings,
                       const data::DataStore& store, const Narrative& narrative) {
  SiteValues out;
  out.site = site;
  tmpl::List chapters;
  chapters.reserve(plan.chapters.size());
  for (const PlannedChapter& c : plan.chapters) {
    chapters.push_back(chapter_value(plan, c));
    out.chapter_by_id[c.id] = chapters.back();
  }
  out.chapters = Value::list(std::move(chapters));
  out.figures = figures_value(plan, narrative);
  std::string data_root = plan.data_page >= 0 ? root_prefix(plan.pages[plan.data_page].url) : "";
  out.datasets = datasets_value(store, settings, data_root);
  return out;
}

}  // namespace rapportage::site
