#include "markdown/cmark_handles.h"

#include <cmark-gfm-core-extensions.h>

#include <mutex>

namespace rapportage::markdown {

ParserPtr make_parser(int options, bool allow_raw_html) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  ParserPtr parser(cmark_parser_new(options));
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
    if (std::string_view(name) == "tagfilter" && !allow_raw_html) continue;
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  return parser;
}

NodePtr finish_parser(cmark_parser* parser) {
  static std::mutex finishing;
  std::lock_guard<std::mutex> lock(finishing);
  return NodePtr(cmark_parser_finish(parser));
}

std::vector<cmark_node*> nodes_in(cmark_node* root) {
  std::vector<cmark_node*> nodes;
  IterPtr it(cmark_iter_new(root));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE)
    if (ev == CMARK_EVENT_ENTER) nodes.push_back(cmark_iter_get_node(it.get()));
  return nodes;
}

}  // namespace rapportage::markdown
