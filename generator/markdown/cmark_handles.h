#pragma once
// RAII for the cmark-gfm C handles; the only header that includes cmark-gfm.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>

#include <memory>
#include <vector>

namespace rapportage::markdown {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
struct CStringDeleter {
  void operator()(char* s) const { free(s); }
};

using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;
using CStringPtr = std::unique_ptr<char, CStringDeleter>;

/// A parser with the GFM extensions attached (tagfilter only with raw HTML allowed).
ParserPtr make_parser(int options, bool allow_raw_html);

/// cmark_parser_finish(), one thread at a time: it sets and clears the inline extensions'
/// characters in a table cmark-gfm keeps for the whole process (github/cmark-gfm#176),
/// so two at once would make one miss strikethrough or autolinks.
NodePtr finish_parser(cmark_parser* parser);

/// Every node of the tree under `root` (itself included), in document order. Collected
/// before the caller looks at them, so that the caller may change the tree while it goes
/// through the list (a cmark iterator must not see nodes being changed).
std::vector<cmark_node*> nodes_in(cmark_node* root);

}  // namespace rapportage::markdown
