// register_builtin_filters(): every builtin filter of Jinja2 3.1 but `random`.
#include "template/builtins.h"
#include "template/filters_support.h"

namespace rapportage::tmpl {

void register_builtin_filters(FilterTable& table) {
  filters::register_string_filters(table);
  filters::register_wordwrap_filters(table);
  filters::register_html_filters(table);
  filters::register_number_filters(table);
  filters::register_sequence_filters(table);
  filters::register_sort_filters(table);
  filters::register_select_filters(table);
  filters::register_format_filters(table);
  filters::register_json_filters(table);
}

}  // namespace rapportage::tmpl
