#include "serve/watcher.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <set>

namespace rapportage::serve {
namespace {

namespace fs = std::filesystem;

constexpr std::uint32_t kFolderEvents = IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE |
                                        IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF |
                                        IN_MOVE_SELF;
constexpr const char* kWatchedFolders[] = {"content", "data", "templates"};

// Swap, backup and lock files of editors: vim's .x.swp and 4913, emacs's #x# and .#x,
// and x~ backups. Saving the real file produces an event of its own.
bool is_editor_scratch(const std::string& name) {
  if (name.empty() || name.front() == '.' || name.back() == '~') return true;
  if (name.front() == '#' && name.back() == '#') return true;
  return name == "4913";
}

}  // namespace

bool is_watched_root_entry(const std::string& name) {
  if (name == "rapportage.yaml" || name == "rapportage.yml" || name == "rapportage.json") return true;
  return std::any_of(std::begin(kWatchedFolders), std::end(kWatchedFolders),
                     [&](const char* f) { return name == f; });
}

SourceWatcher::SourceWatcher(fs::path root) : root_(std::move(root)) {
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    error_ = std::string("inotify: ") + std::strerror(errno);
    return;
  }
  // The root only for its settings file and the watched folders appearing or going.
  watch_folder(root_, true);
  for (const char* name : kWatchedFolders) watch_tree(root_ / name);
}

SourceWatcher::~SourceWatcher() {
  if (fd_ >= 0) ::close(fd_);
}

void SourceWatcher::watch_folder(const fs::path& folder, bool is_root) {
  std::uint32_t mask = is_root ? (IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                  IN_MOVED_TO | IN_ONLYDIR)
                               : (kFolderEvents | IN_ONLYDIR);
  int wd = ::inotify_add_watch(fd_, folder.c_str(), mask);
  if (wd < 0) {
    if (errno != ENOENT && errno != ENOTDIR && error_.empty())
      error_ = "cannot watch " + folder.string() + ": " + std::strerror(errno);
    return;
  }
  folders_[wd] = folder;
  if (is_root) root_watch_ = wd;
}

void SourceWatcher::watch_tree(const fs::path& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return;
  watch_folder(folder, false);
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_directory(ec)) watch_folder(it->path(), false);
  }
}

std::vector<std::string> SourceWatcher::read_changes() {
  std::set<std::string> changed;
  alignas(inotify_event) std::array<char, 64 * 1024> buffer;
  while (true) {
    ssize_t n = ::read(fd_, buffer.data(), buffer.size());
    if (n <= 0) break;  // EAGAIN: nothing more pending
    for (char* p = buffer.data(); p < buffer.data() + n;) {
      auto* event = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      if (event->mask & IN_Q_OVERFLOW) {
        changed.insert(".");  // events were lost: everything may have changed
        continue;
      }
      auto folder = folders_.find(event->wd);
      if (folder == folders_.end()) continue;
      if (event->mask & IN_IGNORED) {
        if (event->wd == root_watch_) root_watch_ = -1;
        folders_.erase(folder);
        continue;
      }
      std::string name = event->len > 0 ? std::string(event->name) : std::string();
      bool at_root = event->wd == root_watch_;
      if (at_root && !is_watched_root_entry(name)) continue;
      if (!at_root && !name.empty() && is_editor_scratch(name)) continue;
      fs::path path = name.empty() ? folder->second : folder->second / name;
      // A new folder (made, or moved in with its files) is watched with all below it.
      if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(path);
      changed.insert(path.lexically_relative(root_).generic_string());
    }
  }
  return {changed.begin(), changed.end()};
}

}  // namespace rapportage::serve
