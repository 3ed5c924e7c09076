#include "site/site_context.h"

#include "site/references.h"

namespace rapportage::site {
namespace {

using tmpl::Dict;
using tmpl::Value;

Value text_or_none(const std::string& s) { return s.empty() ? Value::none() : Value(s); }

Value params_value(const nlohmann::ordered_json& params) { return tmpl::from_json(params); }

Value section_value(const PlannedPage& section) {
  const content::FrontMatter& meta = section.page->meta;
  return Value::dict(Dict{{"title", section.title},
                          {"menu_title", section.menu_title},
                          {"summary", section.summary},
                          {"url", section.url},
                          {"order", meta.order ? Value(*meta.order) : Value::none()},
                          {"group", text_or_none(meta.group)},
                          {"params", params_value(meta.params)}});
}

/// The sections in reading order, cut into runs with the same `group`: [{title, sections}],
/// `title` none for a run without a group. A group that comes back after another makes a
/// second run, so that the submenu keeps the reading order of previous/next.
Value groups_value(const SitePlan& plan, const PlannedChapter& c, const tmpl::List& sections) {
  tmpl::List groups;
  std::string current;
  tmpl::List run;
  auto close_run = [&] {
    if (run.empty()) return;
    groups.push_back(Value::dict(Dict{{"title", text_or_none(current)}, {"sections", Value::list(std::move(run))}}));
    run.clear();
  };
  for (std::size_t i = 0; i < c.section_pages.size(); ++i) {
    const std::string& group = plan.pages[c.section_pages[i]].page->meta.group;
    if (i == 0 || group != current) {
      close_run();
      current = group;
    }
    run.push_back(sections[i]);
  }
  close_run();
  return Value::list(std::move(groups));
}

Value chapter_value(const SitePlan& plan, const PlannedChapter& c) {
  const PlannedPage& index = plan.pages[c.index_page];
  tmpl::List sections;
  sections.reserve(c.section_pages.size());
  bool grouped = false;
  for (int s : c.section_pages) {
    sections.push_back(section_value(plan.pages[s]));
    grouped = grouped || !plan.pages[s].page->meta.group.empty();
  }
  Value groups = groups_value(plan, c, sections);
  const content::FrontMatter& meta = index.page->meta;
  return Value::dict(Dict{{"id", c.id},
                          {"title", index.title},
                          {"menu_title", index.menu_title},
                          {"summary", index.summary},
                          {"url", index.url},
                          {"numbering", content::numbering_name(c.numbering)},
                          {"number", text_or_none(c.number)},
                          {"label", text_or_none(c.label)},
                          {"submenu_title", meta.submenu_title.empty() ? "Inleiding" : meta.submenu_title},
                          {"params", params_value(meta.params)},
                          {"grouped", grouped},
                          {"groups", std::move(groups)},
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

tmpl::Json publisher_jsonld(const config::Publisher& p) {
  // Gemeenten, rekenkamers, regio's and GGD's are all government organisations.
  tmpl::Json out = {{"@type", "GovernmentOrganization"}, {"name", p.name}};
  if (!p.url.empty()) out["url"] = p.url;
  return out;
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
                     {"creator", publisher_jsonld(settings.publisher)}};
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
  Value publisher = Value::dict(Dict{{"name", s.publisher.name},
                                     {"kind", s.publisher.kind},
                                     {"kind_label", config::publisher_kind_label(s.publisher.kind)},
                                     {"url", text_or_none(s.publisher.url)}});
  return Value::dict(Dict{{"title", s.title},
                                          {"gemeente", s.gemeente},
                                          {"publisher", std::move(publisher)},
                                          {"params", params_value(s.params)},
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
