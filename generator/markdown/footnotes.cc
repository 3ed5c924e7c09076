#include "markdown/footnotes.h"

#include <charconv>
#include <string_view>
#include <system_error>

namespace rapportage::markdown {

namespace {

/// A reference's literal is the number cmark-gfm gave its note (after parsing; the label
/// is gone from it). 0 when it is not one.
std::size_t note_number(cmark_node* reference) {
  const char* literal = cmark_node_get_literal(reference);
  std::string_view text = literal ? literal : "";
  std::size_t n = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end != text.data() + text.size()) return 0;
  return n;
}

std::string reference_id(const std::string& prefix, std::size_t note, std::size_t nth) {
  std::string id = prefix + "fnref-" + std::to_string(note);
  if (nth > 1) id += "-" + std::to_string(nth);
  return id;
}

}  // namespace

Footnotes take_over_footnotes(cmark_node* doc) {
  Footnotes out;
  std::vector<cmark_node*> references, definitions;
  {
    for (cmark_node* n : nodes_in(doc)) {
      cmark_node_type type = cmark_node_get_type(n);
      if (type == CMARK_NODE_FOOTNOTE_REFERENCE) references.push_back(n);
      if (type == CMARK_NODE_FOOTNOTE_DEFINITION) definitions.push_back(n);
    }
  }
  if (definitions.empty()) return out;
  // cmark-gfm has put the referenced definitions at the end of the document, in the order
  // of their numbers 1, 2, … (unreferenced ones are gone), and a reference's literal is
  // its note's number.
  out.section = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
  cmark_node_insert_before(definitions.front(), out.section);
  for (cmark_node* definition : definitions) {
    Footnotes::Note note;
    note.item = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_append_child(out.section, note.item);
    while (cmark_node* child = cmark_node_first_child(definition)) cmark_node_append_child(note.item, child);
    // As cmark-gfm places them: inside the last paragraph, or after the last block.
    cmark_node* last = cmark_node_last_child(note.item);
    if (last && cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH) {
      note.back_links = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
      cmark_node_append_child(last, note.back_links);
    } else {
      note.back_links = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
      cmark_node_append_child(note.item, note.back_links);
    }
    cmark_node_unlink(definition);
    out.detached.emplace_back(definition);
    out.notes.push_back(note);
  }
  for (cmark_node* reference : references) {
    std::size_t number = note_number(reference);
    if (number == 0 || number > out.notes.size()) continue;  // not cmark-gfm's doing: left as it is
    Footnotes::Note& note = out.notes[number - 1];
    Footnotes::Reference use{cmark_node_new(CMARK_NODE_CUSTOM_INLINE), number, ++note.references};
    cmark_node_insert_before(reference, use.node);
    cmark_node_unlink(reference);
    out.detached.emplace_back(reference);
    out.references.push_back(use);
  }
  return out;
}

void set_footnote_markup(const Footnotes& footnotes, const std::string& id_prefix) {
  if (!footnotes.section) return;
  cmark_node_set_on_enter(footnotes.section, "<section class=\"footnotes\" data-footnotes>\n<ol>");
  cmark_node_set_on_exit(footnotes.section, "</ol>\n</section>");
  for (const Footnotes::Reference& use : footnotes.references) {
    std::string n = std::to_string(use.note);
    std::string html = "<sup class=\"footnote-ref\"><a href=\"#" + id_prefix + "fn-" + n + "\" id=\"" +
                       reference_id(id_prefix, use.note, use.nth) + "\" data-footnote-ref>" + n + "</a></sup>";
    cmark_node_set_on_enter(use.node, html.c_str());
    cmark_node_set_on_exit(use.node, "");
  }
  for (std::size_t i = 0; i < footnotes.notes.size(); ++i) {
    const Footnotes::Note& note = footnotes.notes[i];
    cmark_node_set_on_enter(note.item, ("<li id=\"" + id_prefix + "fn-" + std::to_string(i + 1) + "\">").c_str());
    cmark_node_set_on_exit(note.item, "</li>");
    bool in_paragraph = cmark_node_get_type(note.back_links) == CMARK_NODE_CUSTOM_INLINE;
    std::string links;
    for (std::size_t nth = 1; nth <= note.references; ++nth) {
      if (nth > 1 || in_paragraph) links += ' ';
      links += "<a href=\"#" + reference_id(id_prefix, i + 1, nth) +
               "\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Terug naar de tekst\">↩";
      if (nth > 1) links += "<sup class=\"footnote-ref\">" + std::to_string(nth) + "</sup>";
      links += "</a>";
    }
    cmark_node_set_on_enter(note.back_links, links.c_str());
    cmark_node_set_on_exit(note.back_links, "");
  }
}

}  // namespace rapportage::markdown
