#include "site/plan.h"

#include "markdown/title_notes.h"

namespace rapportage::site {
namespace {

PlannedPage from_source(const content::SourcePage& src, PageKind kind, std::string url) {
  PlannedPage p;
  p.kind = kind;
  // Footnote markers show in the page's <h1> only (page.title_html).
  p.title = markdown::title_without_notes(src.meta.title);
  p.menu_title = src.meta.menu_title.empty() ? p.title : markdown::title_without_notes(src.meta.menu_title);
  p.summary = src.meta.summary;
  p.url = std::move(url);
  p.output = p.url + "index.html";
  p.source = src.source;
  p.chapter_id = src.chapter_id;
  p.page = &src;
  p.layout = !src.meta.layout.empty() ? src.meta.layout
             : kind == PageKind::start ? "index.html"
                                       : "page.html";
  return p;
}

PlannedPage generated(PageKind kind, std::string title, std::string url, std::string layout,
                      std::string summary) {
  PlannedPage p;
  p.kind = kind;
  p.title = title;
  p.menu_title = std::move(title);
  p.summary = std::move(summary);
  p.url = std::move(url);
  p.output = p.url + "index.html";
  p.layout = std::move(layout);
  return p;
}

/// "A" … "Z", then "AA", "AB", … as spreadsheets count columns.
std::string appendix_letter(int n) {
  std::string out;
  for (++n; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

}  // namespace

const char* kind_name(PageKind kind) {
  switch (kind) {
    case PageKind::start: return "start";
    case PageKind::chapter: return "hoofdstuk";
    case PageKind::section: return "sectie";
    case PageKind::figuren: return "figuren";
    case PageKind::data: return "data";
    case PageKind::rapportage: return "rapportage";
  }
  return "sectie";
}

std::string root_prefix(const std::string& url) {
  std::string out;
  for (char c : url)
    if (c == '/') out += "../";
  return out;
}

SitePlan plan_site(const content::Content& content, const config::Settings& settings,
                   base::Diagnostics&) {
  SitePlan plan;
  auto add = [&plan](PlannedPage p) {
    plan.pages.push_back(std::move(p));
    int index = static_cast<int>(plan.pages.size()) - 1;
    if (!plan.pages.back().source.empty()) plan.by_source[plan.pages.back().source] = index;
    return index;
  };
  if (!content.start.source.empty()) {
    PlannedPage start = from_source(content.start, PageKind::start, "");
    if (start.title.empty()) start.title = start.menu_title = settings.title;
    add(std::move(start));
  }
  int numbered = 0, appendices = 0;
  for (const content::ChapterSource& chapter : content.chapters) {
    PlannedChapter planned;
    planned.id = chapter.id;
    planned.numbering = chapter.index.meta.numbering;
    // Numbered chapters and bijlagen are counted each on their own; figures are not
    // numbered per chapter, so this changes no figure number.
    if (planned.numbering == content::Numbering::numbered) {
      planned.number = std::to_string(++numbered);
      planned.label = planned.number + ".";
    } else if (planned.numbering == content::Numbering::bijlage) {
      planned.number = appendix_letter(appendices++);
      planned.label = "Bijlage " + planned.number;
    }
    planned.index_page = add(from_source(chapter.index, PageKind::chapter, chapter.id + "/"));
    for (const content::SourcePage& section : chapter.sections)
      planned.section_pages.push_back(
          add(from_source(section, PageKind::section, chapter.id + "/" + section.slug + "/")));
    plan.chapters.push_back(std::move(planned));
  }
  int content_pages = static_cast<int>(plan.pages.size());
  for (int i = 0; i < content_pages; ++i) {
    plan.pages[i].prev = i > 0 ? i - 1 : -1;
    plan.pages[i].next = i + 1 < content_pages ? i + 1 : -1;
  }
  plan.figuren_page = add(generated(PageKind::figuren, "Tabellen en grafieken", "figuren/",
                                    "figuren.html", "Alle tabellen en grafieken van de rapportage."));
  plan.data_page = add(generated(PageKind::data, "Gegevens", "data/", "data.html",
                                 "Alle gegevensbestanden van de rapportage, om te downloaden."));
  plan.rapportage_page =
      add(generated(PageKind::rapportage, "Hele rapportage", "rapportage/", "rapportage.html",
                    "De hele rapportage op één pagina, om te printen."));
  return plan;
}

}  // namespace rapportage::site
