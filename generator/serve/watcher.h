#pragma once
// Watches a report's sources with inotify: the settings file, and content/, data/ and
// templates/ with every folder below them, including folders made later.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace rapportage::serve {

class SourceWatcher {
 public:
  /// Starts watching `root`; a folder that does not exist yet is watched once made.
  explicit SourceWatcher(std::filesystem::path root);
  ~SourceWatcher();
  SourceWatcher(const SourceWatcher&) = delete;
  SourceWatcher& operator=(const SourceWatcher&) = delete;

  /// False when inotify could not be set up (`error()` says why).
  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }
  /// The inotify descriptor, to poll() for readability.
  int fd() const { return fd_; }

  /// Reads the pending events without blocking; returns the changed paths relative to
  /// the root ("content/jeugd/index.md"), sorted, each once. Editors' backup and swap
  /// files are left out.
  std::vector<std::string> read_changes();

 private:
  void watch_tree(const std::filesystem::path& folder);
  void watch_folder(const std::filesystem::path& folder, bool is_root);

  std::filesystem::path root_;
  int fd_ = -1;
  std::string error_;
  std::map<int, std::filesystem::path> folders_;  // watch descriptor → watched folder
  int root_watch_ = -1;
};

/// True for the names of report sources at the root: the settings and the three
/// watched folders.
bool is_watched_root_entry(const std::string& name);

}  // namespace rapportage::serve
