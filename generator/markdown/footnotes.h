#pragma once
// Footnotes as nodes of our own. cmark-gfm writes a footnote's ids from its label
// ("fn-a", "fnref-a-2"), cannot prefix them and labels its back links in English. The
// whole-report page holds the footnotes of many pages, so each page's ids need a prefix:
// the footnote references and definitions are replaced on the document by custom nodes
// whose markup is set for each rendering. No rendered HTML is edited, so no text of the
// page (raw HTML with an id="fn-1" in it, say) can be taken for a footnote.
#include <cstddef>
#include <string>
#include <vector>

#include "markdown/cmark_handles.h"

namespace rapportage::markdown {

struct Footnotes {
  struct Reference {
    cmark_node* node = nullptr;  // custom inline, where the reference was
    std::size_t note = 0;        // the footnote's number, from 1
    std::size_t nth = 0;         // the nth reference to that footnote, from 1
  };
  struct Note {
    cmark_node* item = nullptr;        // custom block around the definition's content
    cmark_node* back_links = nullptr;  // custom inline (end of the last paragraph) or block
    std::size_t references = 0;
  };
  cmark_node* section = nullptr;  // custom block around all notes; null without footnotes
  std::vector<Reference> references;
  std::vector<Note> notes;  // notes[i] is footnote number i + 1
  // The replaced nodes, kept until the document goes (as detached headings are).
  std::vector<NodePtr> detached;
};

/// Replaces cmark-gfm's footnote nodes in `doc` (parsed with CMARK_OPT_FOOTNOTES). The
/// notes are numbered as cmark-gfm numbers them: in the order of first reference.
Footnotes take_over_footnotes(cmark_node* doc);

/// Sets the markup of every footnote node: ids "<prefix>fn-N" and "<prefix>fnref-N"
/// ("<prefix>fnref-N-K" for the Kth reference to note N), Dutch back links.
void set_footnote_markup(const Footnotes& footnotes, const std::string& id_prefix);

}  // namespace rapportage::markdown
