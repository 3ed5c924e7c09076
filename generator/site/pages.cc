#include "site/pages.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "base/file_io.h"
#include "base/html_escape.h"
#include "base/safe_url.h"
#include "markdown/title_notes.h"
#include "site/data_sets_object.h"
#include "site/links.h"
#include "site/output_urls.h"
#include "site/page_pool.h"
#include "site/references.h"
#include "site/theme.h"

namespace rapportage::site {
namespace {

using tmpl::Dict;
using tmpl::Value;

/// The title as HTML, with its footnote markers (title_notes.h); `id_prefix` as the
/// body's rendering has it.
Value title_html_value(const PlannedPage& p, const std::string& id_prefix) {
  if (!p.page || p.page->meta.title.empty()) return Value::markup(base::escape_html(p.title));
  return Value::markup(markdown::title_html(p.page->meta.title, id_prefix));
}

Value link_value(const PlannedPage& p) { return Value::dict(Dict{{"title", p.title}, {"url", p.url}}); }

/// Where `layout: x.html` is written in the page's front matter.
base::Location layout_location(const PlannedPage& p) {
  const std::string& text = p.page->text;
  std::size_t pos = text.find("\nlayout:");
  if (pos == std::string::npos) return base::Location{p.source, 0, 0, 1, ""};
  std::size_t value = text.find_first_not_of(" \t", pos + 8);
  return base::locate(p.source, text, value, p.layout.size());
}

}  // namespace

tmpl::Globals page_context(const PageInputs& in, const SiteValues& shared, int index, const tmpl::Value& data) {
  const PlannedPage& p = in.plan.pages[index];
  const std::string root = root_prefix(p.url);
  Value content = Value("");
  tmpl::List toc;
  if (p.page) {
    const PageBody& body = in.narrative.bodies[index];
    content = Value(body.html);
    for (const markdown::Heading& h : body.headings)
      if (h.level <= 3)
        toc.push_back(Value::dict(Dict{{"level", h.level}, {"title", h.title}, {"anchor", h.anchor}}));
  }
  Value page = Value::dict(Dict{{"title", p.title},
                                {"title_html", title_html_value(p, "")},
                                {"menu_title", p.menu_title},
                                {"url", p.url},
                                {"source", p.source},
                                {"summary", p.summary},
                                {"kind", kind_name(p.kind)},
                                {"content", std::move(content)},
                                {"toc", Value::list(std::move(toc))},
                                {"chapter_id", p.chapter_id.empty() ? Value::none() : Value(p.chapter_id)},
                                {"group", p.page && !p.page->meta.group.empty() ? Value(p.page->meta.group) : Value::none()},
                                {"order", p.page && p.page->meta.order ? Value(*p.page->meta.order) : Value::none()},
                                {"params", p.page ? tmpl::from_json(p.page->meta.params) : Value::dict(Dict{})}});
  Value chapter = Value::none();
  if (auto it = shared.chapter_by_id.find(p.chapter_id); it != shared.chapter_by_id.end()) chapter = it->second;
  tmpl::List breadcrumbs;
  if (p.kind != PageKind::start && !in.plan.pages.empty() && in.plan.pages[0].kind == PageKind::start)
    breadcrumbs.push_back(Value::dict(Dict{{"title", "Start"}, {"url", ""}}));
  if (p.kind == PageKind::section && !chapter.is_none()) {
    const Dict& c = chapter.as_dict();
    breadcrumbs.push_back(Value::dict(Dict{{"title", *c.find_str("title")}, {"url", *c.find_str("url")}}));
  }
  tmpl::Globals context = {
      {"site", shared.site},
      {"page", std::move(page)},
      {"chapters", shared.chapters},
      {"chapter", chapter},
      {"breadcrumbs", Value::list(std::move(breadcrumbs))},
      {"prev", p.prev >= 0 ? link_value(in.plan.pages[p.prev]) : Value::none()},
      {"next", p.next >= 0 ? link_value(in.plan.pages[p.next]) : Value::none()},
      {"figures", shared.figures},
      {"datasets", shared.datasets},
      {"data", data},
      {"root", root},
  };
  if (p.kind == PageKind::rapportage) {
    // Every content page in reading order (the start page first), and the table of
    // contents: the start page and the chapters, each chapter with its sections.
    tmpl::List pages, contents;
    std::optional<std::pair<std::string, std::string>> open_part;  // title, anchor
    tmpl::List sections;
    auto close_part = [&] {
      if (!open_part) return;
      contents.push_back(Value::dict(Dict{{"title", open_part->first},
                                          {"anchor", open_part->second},
                                          {"sections", Value::list(std::move(sections))}}));
      open_part.reset();
      sections = {};
    };
    for (std::size_t i = 0; i < in.plan.pages.size(); ++i) {
      const PlannedPage& part = in.plan.pages[i];
      if (!part.page) continue;
      std::string anchor = whole_report_anchor(part);
      const int level = whole_report_level(part);
      pages.push_back(Value::dict(Dict{{"title", part.title},
                                       {"title_html", title_html_value(part, anchor + "-")},
                                       {"kind", kind_name(part.kind)},
                                       {"url", part.url},
                                       {"anchor", anchor},
                                       {"level", level},
                                       {"content", in.narrative.bodies[i].report_html}}));
      Value entry = Value::dict(Dict{{"title", part.title}, {"anchor", anchor}});
      if (part.kind == PageKind::section && open_part) {
        sections.push_back(std::move(entry));
        continue;
      }
      close_part();
      open_part = std::make_pair(part.title, anchor);
    }
    close_part();
    context["pages"] = Value::list(std::move(pages));
    context["contents"] = Value::list(std::move(contents));
  }
  return context;
}

namespace {

/// One page as rendered on a thread of the pool, before the merge.
struct RenderedPage {
  std::optional<OutputFile> file;
  std::vector<base::Diagnostic> diags;
  std::vector<base::Diagnostic> unsafe_urls;  // one per URL; merged over pages
};

/// A URL that the page's templates wrote and that could run script. Where in the
/// templates it was written is not known (the render keeps no map of a layout's output):
/// the error names the layout and the page.
base::Diagnostic unsafe_url_error(const PlannedPage& p, const UnsafeOutputUrl& u) {
  base::Diagnostic d = base::error_at(
      base::Location{"templates/" + p.layout, 0, 0, 1, ""},
      "unsafe URL '" + base::url_for_message(u.url) + "' in the " + u.attribute + " attribute of <" + u.element +
          "> written by this template or one it uses",
      std::string(base::kSafeUrlHint) + "; a URL from data is refused here too");
  d.notes.push_back("in " + p.output + ", while rendering " + (p.source.empty() ? p.output : p.source));
  return d;
}

void add_page_inputs(const PageInputs& in, int index, const std::set<std::string>& all_data_inputs,
                     OutputFile& file);

RenderedPage render_page(const PageInputs& in, const SiteValues& shared, int index,
                         const std::set<std::string>& all_data_inputs) {
  const PlannedPage& p = in.plan.pages[index];
  RenderedPage out;
  if (in.reuse) {
    if (auto kept = in.reuse->keep(index)) {
      // Incremental builds: the previous build's file is the same; it is not rendered.
      OutputFile file{p.output, {}, {in.settings.file}};
      file.kept = true;
      file.templates_used = std::move(kept->templates_used);
      file.templates_missing = std::move(kept->templates_missing);
      file.data_read = std::move(kept->data_read);
      file.data_read_all = kept->data_read_all;
      add_page_inputs(in, index, all_data_inputs, file);
      out.file = std::move(file);
      return out;
    }
  }
  std::shared_ptr<const tmpl::LoadedTemplate> layout;
  try {
    layout = in.env.load(p.layout);
  } catch (const tmpl::TemplateError& e) {
    // The loader refused it (a symbolic link out of the theme, say): say why. Every page
    // with this layout says the same; the diagnostics are printed once each.
    out.diags.push_back(base::error_at(base::Location{"templates/" + p.layout, 0, 0, 1, ""}, e.message, e.hint));
    return out;
  }
  if (!layout) {
    base::Location where = p.page && !p.page->meta.layout.empty() ? layout_location(p)
                                                                   : base::Location{"templates/" + p.layout, 0, 0, 1, ""};
    out.diags.push_back(base::error_at(where, "template '" + p.layout + "' does not exist",
                                       p.page && !p.page->meta.layout.empty()
                                           ? "put it in templates/ or use layout: page.html"
                                           : "the theme needs templates/" + p.layout));
    return out;
  }
  DataReads data_read;
  // The whole report holds every body: its size grows with the report, not with a loop
  // gone wrong, so the bodies do not count towards the limit on template output.
  std::size_t bodies = 0;
  if (p.kind == PageKind::rapportage)
    for (const PageBody& body : in.narrative.bodies) bodies += body.report_html.size();
  tmpl::RenderResult rendered = in.env.render_values(
      p.layout, page_context(in, shared, index, tracking_data_value(in.data, data_read)), nullptr, bodies);
  for (base::Diagnostic& d : rendered.errors) {
    d.notes.push_back("while rendering " + (p.source.empty() ? p.output : p.source));
    out.diags.push_back(std::move(d));
  }
  if (!rendered.ok()) return out;
  std::vector<UnsafeOutputUrl> unsafe = find_unsafe_output_urls(rendered.output);
  for (const UnsafeOutputUrl& u : unsafe) out.unsafe_urls.push_back(unsafe_url_error(p, u));
  if (!unsafe.empty()) return out;
  OutputFile file{p.output, std::move(rendered.output), {in.settings.file}};
  file.templates_used = std::move(rendered.templates_used);
  file.templates_missing = std::move(rendered.templates_missing);
  file.data_read.assign(data_read.names.begin(), data_read.names.end());
  file.data_read_all = data_read.all;
  add_page_inputs(in, index, all_data_inputs, file);
  out.file = std::move(file);
  return out;
}

void add_page_inputs(const PageInputs& in, int index, const std::set<std::string>& all_data_inputs,
                     OutputFile& file) {
  const PlannedPage& p = in.plan.pages[index];
  for (const std::string& t : file.templates_used) file.inputs.push_back("templates/" + t);
  // Data sets the page's templates read (`data` in a layout or partial).
  if (file.data_read_all) {
    file.inputs.insert(file.inputs.end(), all_data_inputs.begin(), all_data_inputs.end());
  } else {
    for (const std::string& name : file.data_read)
      if (const data::DataSet* set = in.store.find(name)) {
        file.inputs.push_back(set->file);
        if (!set->schema_file.empty()) file.inputs.push_back(set->schema_file);
      }
  }
  if (p.page) {
    const PageBody& body = in.narrative.bodies[index];
    file.inputs.insert(file.inputs.end(), body.inputs.begin(), body.inputs.end());
  } else if (p.kind == PageKind::data) {
    file.inputs.insert(file.inputs.end(), all_data_inputs.begin(), all_data_inputs.end());
  } else {
    // The figure list and the whole report depend on every page.
    for (const PageBody& body : in.narrative.bodies)
      file.inputs.insert(file.inputs.end(), body.inputs.begin(), body.inputs.end());
  }
}

}  // namespace

SiteOutput render_pages(const PageInputs& in, base::Diagnostics& diags) {
  SiteOutput out;
  std::set<std::string> all_data_inputs;
  for (const auto& [name, set] : in.store.sets) {
    all_data_inputs.insert(set.file);
    if (!set.schema_file.empty()) all_data_inputs.insert(set.schema_file);
  }
  const SiteValues shared = site_values(in.site, in.plan, in.settings, in.store, in.narrative);
  if (in.reuse) in.reuse->prepare(shared);
  std::vector<RenderedPage> pages(in.plan.pages.size());
  for_each_page(pages.size(), in.jobs, [&](std::size_t i) {
    pages[i] = render_page(in, shared, static_cast<int>(i), all_data_inputs);
  });
  // One error for each unsafe URL and template, with the first page that has it: a URL
  // in a shared partial would otherwise be reported once for every page.
  std::map<std::string, std::pair<base::Diagnostic, std::size_t>> unsafe_urls;
  std::vector<std::string> unsafe_order;
  for (RenderedPage& page : pages) {
    for (base::Diagnostic& d : page.diags) diags.add(std::move(d));
    for (base::Diagnostic& d : page.unsafe_urls) {
      std::string key = d.location.file + '\n' + d.message;
      auto [it, added] = unsafe_urls.try_emplace(key, std::move(d), 0);
      if (added) unsafe_order.push_back(key);
      else ++it->second.second;
    }
    if (page.file) out.files.push_back(std::move(*page.file));
  }
  for (const std::string& key : unsafe_order) {
    auto& [d, more] = unsafe_urls.at(key);
    if (more > 0) d.notes.push_back("and in " + std::to_string(more) + " other page" + (more == 1 ? "" : "s"));
    diags.add(std::move(d));
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
