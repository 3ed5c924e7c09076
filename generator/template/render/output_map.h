#pragma once
// Where the output of a render came from in its entry template: an optional record that
// Environment::render_string() fills when asked, so that an application which reads the
// output again (Markdown, say) can point at the template text behind a fault.
//
// Only what the entry template's own nodes write is recorded: template data is mapped
// byte for byte; the whole output of an expression, an include, a call block or a filter
// block is one span mapped to that expression or statement. What included templates
// and macros write inside such a span is not recorded on its own.
#include <cstdint>
#include <string>
#include <vector>

namespace rapportage::tmpl {

struct OutputSpan {
  std::uint32_t output = 0;         // offset in the output
  std::uint32_t length = 0;         // bytes of output
  std::uint32_t source = 0;         // offset in the entry template's source
  std::uint32_t source_length = 0;  // bytes of source (the expression or statement)
  bool verbatim = false;            // template data: output byte i is source byte `source` + i
  // The outermost macro called while the span was written, and where it is defined.
  std::string macro;
  std::string macro_file;
  int macro_line = 0;
};

struct OutputMap {
  std::string source;              // the entry template's source as parsed (newlines normalised)
  std::vector<OutputSpan> spans;   // in output order, not overlapping

  /// The span that holds output offset `at`, else the last one before it; nullptr
  /// when no span starts at or before `at`.
  const OutputSpan* span_at(std::uint32_t at) const;
};

}  // namespace rapportage::tmpl
