#include "site/pages.h"

#include <algorithm>
#include <set>

#include "base/file_io.h"
#include "site/links.h"
#include "site/references.h"
#include "site/theme.h"

namespace rapportage::site {
namespace {

tmpl::Json link_json(const PlannedPage& p) { return {{"title", p.title}, {"url", p.url}}; }

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
  return s;
}

tmpl::Json chapters_json(const PageInputs& in, int current) {
  const PlannedPage& cur = in.plan.pages[current];
  tmpl::Json chapters = tmpl::Json::array();
  for (const PlannedChapter& c : in.plan.chapters) {
    const PlannedPage& index = in.plan.pages[c.index_page];
    tmpl::Json sections = tmpl::Json::array();
    for (int s : c.section_pages) {
      const PlannedPage& section = in.plan.pages[s];
      sections.push_back({{"title", section.title}, {"menu_title", section.menu_title},
                          {"summary", section.summary}, {"url", section.url}, {"current", s == current}});
    }
    chapters.push_back({{"id", c.id}, {"title", index.title}, {"menu_title", index.menu_title},
                        {"summary", index.summary}, {"url", index.url},
                        {"current", !cur.chapter_id.empty() && cur.chapter_id == c.id},
                        {"sections", sections}});
  }
  return chapters;
}

tmpl::Json figures_json(const PageInputs& in) {
  tmpl::Json list = tmpl::Json::array();
  for (const FigureUse& f : in.narrative.figures) {
    const PlannedPage& page = in.plan.pages[f.page];
    list.push_back({{"kind", figure_word(f.request.kind)}, {"number", f.number}, {"label", f.label},
                    {"caption", f.caption}, {"url", page.url + "#" + f.request.id},
                    {"csv_url", f.csv_path}, {"page_title", page.title}, {"id", f.request.id}});
  }
  return list;
}

std::string dataset_csv_path(const data::DataSet& set) { return "downloads/data/" + set.name + ".csv"; }

tmpl::Json datasets_json(const PageInputs& in, const std::string& root) {
  tmpl::Json list = tmpl::Json::array();
  for (const auto& [name, set] : in.store.sets) {
    tmpl::Json ld = {{"@context", "https://schema.org"},
                     {"@type", "Dataset"},
                     {"name", set.meta.title.empty() ? name : set.meta.title},
                     {"description", set.meta.description},
                     {"inLanguage", in.settings.language},
                     {"creator", {{"@type", "GovernmentOrganization"}, {"name", "Gemeente " + in.settings.gemeente}}}};
    if (!set.meta.source.empty()) ld["isBasedOn"] = set.meta.source;
    if (!set.meta.licence.empty()) ld["license"] = set.meta.licence;
    if (!set.meta.peildatum.empty()) ld["dateModified"] = set.meta.peildatum;
    ld["distribution"] = {{{"@type", "DataDownload"}, {"encodingFormat", "text/csv"},
                           {"contentUrl", root + dataset_csv_path(set)}}};
    // "</" would end the script element the JSON-LD sits in.
    std::string jsonld = replace_all(ld.dump(1, '\t', false, tmpl::Json::error_handler_t::replace), "</", "<\\/");
    list.push_back({{"name", name}, {"title", set.meta.title.empty() ? name : set.meta.title},
                    {"description", set.meta.description}, {"source", set.meta.source},
                    {"peildatum", set.meta.peildatum.empty() ? tmpl::Json(nullptr) : tmpl::Json(set.meta.peildatum)},
                    {"licence", set.meta.licence}, {"csv_url", dataset_csv_path(set)}, {"jsonld", jsonld}});
  }
  return list;
}

std::string part_anchor(const PlannedPage& p) {
  return p.kind == PageKind::section ? p.chapter_id + "-" + p.page->slug : p.chapter_id;
}

/// Where `layout: x.html` is written in the page's front matter.
base::Location layout_location(const PlannedPage& p) {
  const std::string& text = p.page->text;
  std::size_t pos = text.find("\nlayout:");
  if (pos == std::string::npos) return base::Location{p.source, 0, 0, 1, ""};
  std::size_t value = text.find_first_not_of(" \t", pos + 8);
  return base::locate(p.source, text, value, p.layout.size());
}

}  // namespace

std::string for_whole_report(const std::string& html, const std::string& prefix, int heading_shift) {
  std::string out = replace_all(html, " id=\"", " id=\"" + prefix);
  out = replace_all(out, "href=\"#", "href=\"#" + prefix);
  if (heading_shift == 0) return out;
  // One pass over "<hN" and "</hN", so that no heading is shifted twice.
  for (std::size_t pos = out.find("<"); pos != std::string::npos; pos = out.find("<", pos + 1)) {
    std::size_t digit = pos + (out.compare(pos, 3, "</h") == 0 ? 3 : 2);
    if (digit >= out.size() || out[digit - 1] != 'h' || out[digit] < '1' || out[digit] > '6') continue;
    char after = digit + 1 < out.size() ? out[digit + 1] : '\0';
    if (after != '>' && after != ' ') continue;
    int level = std::clamp(out[digit] - '0' + heading_shift, 2, 6);
    out[digit] = static_cast<char>('0' + level);
  }
  return out;
}

tmpl::Json page_context(const PageInputs& in, int index) {
  const PlannedPage& p = in.plan.pages[index];
  const std::string root = root_prefix(p.url);
  tmpl::Json page = {{"title", p.title}, {"menu_title", p.menu_title}, {"url", p.url},
                     {"source", p.source}, {"summary", p.summary}, {"kind", kind_name(p.kind)},
                     {"content", ""}, {"toc", tmpl::Json::array()},
                     {"chapter_id", p.chapter_id.empty() ? tmpl::Json(nullptr) : tmpl::Json(p.chapter_id)}};
  if (p.page) {
    const PageBody& body = in.narrative.bodies[index];
    page["content"] = with_root(body.html, root);
    for (const markdown::Heading& h : body.headings)
      if (h.level <= 3) page["toc"].push_back({{"level", h.level}, {"title", h.title}, {"anchor", h.anchor}});
  }
  tmpl::Json chapters = chapters_json(in, index);
  tmpl::Json chapter = nullptr;
  for (const tmpl::Json& c : chapters)
    if (c["current"].get<bool>()) chapter = c;
  tmpl::Json breadcrumbs = tmpl::Json::array();
  if (p.kind != PageKind::start && !in.plan.pages.empty() && in.plan.pages[0].kind == PageKind::start)
    breadcrumbs.push_back({{"title", "Start"}, {"url", ""}});
  if (p.kind == PageKind::section && !chapter.is_null())
    breadcrumbs.push_back({{"title", chapter["title"]}, {"url", chapter["url"]}});
  tmpl::Json context = {
      {"site", site_json(in.settings)},
      {"page", page},
      {"chapters", chapters},
      {"chapter", chapter},
      {"breadcrumbs", breadcrumbs},
      {"prev", p.prev >= 0 ? link_json(in.plan.pages[p.prev]) : tmpl::Json(nullptr)},
      {"next", p.next >= 0 ? link_json(in.plan.pages[p.next]) : tmpl::Json(nullptr)},
      {"figures", figures_json(in)},
      {"datasets", datasets_json(in, root)},
      {"root", root},
  };
  if (p.kind == PageKind::rapportage) {
    tmpl::Json pages = tmpl::Json::array();
    for (std::size_t i = 0; i < in.plan.pages.size(); ++i) {
      const PlannedPage& part = in.plan.pages[i];
      if (!part.page || part.kind == PageKind::start) continue;
      std::string anchor = part_anchor(part);
      // The part's title is an h2: its first heading level becomes h3.
      int top = 7;
      for (const markdown::Heading& h : in.narrative.bodies[i].headings) top = std::min(top, h.level);
      pages.push_back({{"title", part.title}, {"kind", kind_name(part.kind)}, {"url", part.url},
                       {"anchor", anchor},
                       {"content", with_root(for_whole_report(in.narrative.bodies[i].html, anchor + "-", top == 7 ? 0 : 3 - top), root)}});
    }
    context["pages"] = pages;
  }
  return context;
}

SiteOutput render_pages(const PageInputs& in, base::Diagnostics& diags) {
  SiteOutput out;
  std::set<std::string> all_data_inputs;
  for (const auto& [name, set] : in.store.sets) {
    all_data_inputs.insert(set.file);
    if (!set.schema_file.empty()) all_data_inputs.insert(set.schema_file);
  }
  std::set<std::string> refused_layouts;
  for (std::size_t i = 0; i < in.plan.pages.size(); ++i) {
    const PlannedPage& p = in.plan.pages[i];
    std::shared_ptr<const tmpl::LoadedTemplate> layout;
    try {
      layout = in.env.load(p.layout);
    } catch (const tmpl::TemplateError& e) {
      // The loader refused it (a symbolic link out of the theme, say): say why, once.
      if (refused_layouts.insert(p.layout).second)
        diags.add(base::error_at(base::Location{"templates/" + p.layout, 0, 0, 1, ""}, e.message, e.hint));
      continue;
    }
    if (!layout) {
      base::Location where = p.page && !p.page->meta.layout.empty() ? layout_location(p)
                                                                     : base::Location{"templates/" + p.layout, 0, 0, 1, ""};
      diags.add(base::error_at(where, "template '" + p.layout + "' does not exist",
                               p.page && !p.page->meta.layout.empty()
                                   ? "put it in templates/ or use layout: page.html"
                                   : "the theme needs templates/" + p.layout));
      continue;
    }
    tmpl::RenderResult rendered = in.env.render(p.layout, page_context(in, static_cast<int>(i)));
    for (base::Diagnostic& d : rendered.errors) {
      d.notes.push_back("while rendering " + (p.source.empty() ? p.output : p.source));
      diags.add(std::move(d));
    }
    if (!rendered.ok()) continue;
    OutputFile file{p.output, std::move(rendered.output), {in.settings.file}};
    for (const std::string& t : rendered.templates_used) file.inputs.push_back("templates/" + t);
    if (p.page) {
      const PageBody& body = in.narrative.bodies[i];
      file.inputs.insert(file.inputs.end(), body.inputs.begin(), body.inputs.end());
    } else if (p.kind == PageKind::data) {
      file.inputs.insert(file.inputs.end(), all_data_inputs.begin(), all_data_inputs.end());
    } else {
      // The figure list and the whole report depend on every page.
      for (const PageBody& body : in.narrative.bodies)
        file.inputs.insert(file.inputs.end(), body.inputs.begin(), body.inputs.end());
    }
    out.files.push_back(std::move(file));
  }
  for (const FigureUse& f : in.narrative.figures) {
    OutputFile file{f.csv_path, f.csv, {}};
    if (const data::DataSet* set = in.store.find(f.request.dataset)) file.inputs = {set->file};
    file.inputs.push_back(in.plan.pages[f.page].source);
    out.files.push_back(std::move(file));
  }
  for (const auto& [name, set] : in.store.sets)
    out.files.push_back(OutputFile{dataset_csv_path(set), set.csv_text, {set.file}});
  for (const auto& [relative, path] : theme_assets(in.theme_folders)) {
    std::filesystem::path theme_folder = path.parent_path();  // <theme>/assets/<relative>: up to <theme>
    for (const auto& part [[maybe_unused]] : std::filesystem::path(relative))
      theme_folder = theme_folder.parent_path();
    std::string refusal;
    std::optional<std::string> bytes = base::read_file_inside(theme_folder, path, "the theme folder", refusal);
    if (!bytes) {
      base::Location where{"templates/assets/" + relative, 0, 0, 1, ""};
      diags.add(refusal.empty() ? base::error_at(where, "cannot read this file")
                                : base::error_at(where, refusal, base::kOutsideFolderHint));
      continue;
    }
    out.files.push_back(OutputFile{"assets/" + relative, std::move(*bytes), {"templates/assets/" + relative}});
  }
  if (!in.settings.theme_css.empty()) {
    std::string refusal;  // the settings checked it; read it inside the report all the same
    std::optional<std::string> css =
        base::read_file_inside(in.root, in.root / in.settings.theme_css, "the report folder", refusal);
    if (!css) {
      diags.add(base::error_at(base::Location{in.settings.file, 0, 0, 1, ""},
                               "theme_css '" + in.settings.theme_css + "' cannot be read"));
    } else {
      out.files.push_back(OutputFile{in.settings.theme_css, std::move(*css), {in.settings.theme_css}});
    }
  }
  // Sort and de-duplicate inputs for a deterministic manifest.
  for (OutputFile& f : out.files) {
    std::set<std::string> unique(f.inputs.begin(), f.inputs.end());
    f.inputs.assign(unique.begin(), unique.end());
  }
  return out;
}

}  // namespace rapportage::site
