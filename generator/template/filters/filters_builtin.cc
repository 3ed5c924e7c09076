// register_builtin_filters(): every builtin filter of Jinja2 3.1 but `random`.
#include "template/filters/builtins.h"
#include "template/filters/filters_support.h"

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

FastFilter fast_filter_for(std::string_view name, const FilterFunction& filter) {
  static const std::vector<filters::FastFilterEntry> kTable = [] {
    std::vector<filters::FastFilterEntry> table;
    filters::add_fast_string_filters(table);
    filters::add_fast_sequence_filters(table);
    return table;
  }();
  using General = Value (*)(CallContext&, const Value&, CallArgs&);
  const General* general = filter.target<General>();
  if (!general) return nullptr;
  for (const auto& entry : kTable)
    if (entry.name == name && entry.general == *general) return entry.fast;
  return nullptr;
}

}  // namespace rapportage::tmpl
