#include "template/render/loader.h"

#include <system_error>

#include "base/file_io.h"
#include "template/values/call.h"

namespace rapportage::tmpl {
namespace {

// Jinja2's split_template_path, minus what the check refuses: "a/./b" → "a/b".
std::string normalized(const std::string& name) {
  std::string out;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string::npos) end = name.size();
    std::string piece = name.substr(start, end - start);
    if (!piece.empty() && piece != ".") {
      if (!out.empty()) out += '/';
      out += piece;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string check_template_name(const std::string& name) {
  if (name.empty()) return "empty template name";
  if (name[0] == '/') return "template name '" + name + "' is an absolute path";
  if (name.find('\\') != std::string::npos)
    return "template name '" + name + "' contains a backslash; use '/'";
  if (name.find('\0') != std::string::npos) return "template name contains a NUL character";
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string::npos) end = name.size();
    if (name.compare(start, end - start, "..") == 0 && end - start == 2)
      return "template name '" + name + "' leaves the template folder";
    start = end + 1;
  }
  return {};
}

FileSystemLoader::FileSystemLoader(std::filesystem::path root, std::string display_prefix)
    : root_(std::move(root)), display_prefix_(std::move(display_prefix)) {}

std::optional<TemplateSource> FileSystemLoader::load(const std::string& name) const {
  if (std::string problem = check_template_name(name); !problem.empty())
    throw TemplateError(ErrorKind::not_found, problem);
  std::string clean = normalized(name);
  std::filesystem::path path = root_ / clean;
  if (!base::is_within(root_, path))
    throw TemplateError(ErrorKind::not_found, "template name '" + name + "' leaves the template folder");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  std::string refusal;
  std::optional<std::string> text = base::read_file_inside(root_, path, "the theme folder", refusal);
  if (!refusal.empty())
    throw TemplateError(ErrorKind::not_found, "cannot load template '" + name + "': " + refusal,
                        base::kOutsideFolderHint);
  if (!text) return std::nullopt;
  return TemplateSource{std::move(*text), display_prefix_ + clean};
}

MemoryLoader::MemoryLoader(std::map<std::string, std::string> templates, std::string display_prefix)
    : templates_(std::move(templates)), display_prefix_(std::move(display_prefix)) {}

std::optional<TemplateSource> MemoryLoader::load(const std::string& name) const {
  if (std::string problem = check_template_name(name); !problem.empty())
    throw TemplateError(ErrorKind::not_found, problem);
  auto it = templates_.find(name);
  if (it == templates_.end()) it = templates_.find(normalized(name));
  if (it == templates_.end()) return std::nullopt;
  return TemplateSource{it->second, display_prefix_ + it->first};
}

}  // namespace rapportage::tmpl
