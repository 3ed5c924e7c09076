#pragma once
// Where templates come from. Names are '/'-separated and relative; a name that leaves
// the root (`..`, an absolute path, a backslash) is refused.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace rapportage::tmpl {

struct TemplateSource {
  std::string text;
  std::string display_name;  // shown in diagnostics: "templates/page.html"
};

class Loader {
 public:
  virtual ~Loader() = default;
  /// The template, or nullopt when there is none by that name. Throws TemplateError
  /// (not_found, with a message) for names that are not allowed.
  virtual std::optional<TemplateSource> load(const std::string& name) const = 0;
};

/// Checks a template name: empty string when fine, else the reason it is refused.
std::string check_template_name(const std::string& name);

class FileSystemLoader : public Loader {
 public:
  /// `display_prefix` is put before names in diagnostics ("templates/").
  FileSystemLoader(std::filesystem::path root, std::string display_prefix);
  std::optional<TemplateSource> load(const std::string& name) const override;

 private:
  std::filesystem::path root_;
  std::string display_prefix_;
};

class MemoryLoader : public Loader {
 public:
  explicit MemoryLoader(std::map<std::string, std::string> templates, std::string display_prefix = {});
  std::optional<TemplateSource> load(const std::string& name) const override;

 private:
  std::map<std::string, std::string> templates_;
  std::string display_prefix_;
};

}  // namespace rapportage::tmpl
