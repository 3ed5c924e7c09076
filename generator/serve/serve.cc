#include "serve/serve.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <ostream>
#include <set>
#include <thread>

#include "base/diagnostic_report.h"
#include "search/site_index.h"
#include "serve/build_status.h"
#include "serve/error_page.h"
#include "serve/preview_server.h"
#include "serve/watcher.h"
#include "site/vendor_assets.h"

namespace rapportage::serve {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Editors save in bursts (write, rename, chmod): rebuild once the sources were quiet
// this long.
constexpr std::chrono::milliseconds kQuiet{30};

long long ms_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

// SIGINT and SIGTERM blocked in this thread and every thread it starts, and readable
// from a descriptor instead: the loop below ends cleanly on them.
class SignalReader {
 public:
  SignalReader() {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, &previous_);
    fd_ = ::signalfd(-1, &signals_, SFD_CLOEXEC | SFD_NONBLOCK);
  }
  ~SignalReader() {
    if (fd_ >= 0) ::close(fd_);
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  int fd() const { return fd_; }
  /// Takes the pending signal, so that it is not delivered once unblocked again.
  void consume() {
    signalfd_siginfo info;
    while (::read(fd_, &info, sizeof(info)) == static_cast<ssize_t>(sizeof(info))) {
    }
  }

 private:
  sigset_t signals_{}, previous_{};
  int fd_ = -1;
};

// A folder of our own under $TMPDIR for the built site, removed at the end.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string pattern = (fs::temp_directory_path() / "rapportage-serve-XXXXXX").string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

class Rebuilder {
 public:
  Rebuilder(const ServeOptions& options, const fs::path& site_dir, BuildStatus& status, std::ostream& log)
      : options_(options.build), colour_(options.colour), status_(status), log_(log) {
    options_.out = site_dir;
    // The search index is made after the new pages are shown (see index_search).
    options_.index_before_swap = false;
  }

  /// Builds, publishes the result to the server and the open pages, logs it.
  bool build() {
    Clock::time_point start = Clock::now();
    base::Diagnostics diags;
    site::BuildResult result;
    std::uint64_t number;
    {
      std::unique_lock lock(status_.site_lock());
      // The search index was added after the last build's swap, so its manifest does not
      // list it, and a build refuses to replace files it did not write. The folder is
      // this server's own: the old index goes, and index_search() makes a new one.
      // It is moved aside instead, and put back when no page changed (incremental
      // builds write only changed pages): then it still fits and need not be made again.
      std::error_code ignored;
      fs::path index = options_.out / search::kIndexFolder;
      fs::path aside = options_.out.parent_path() / (std::string(search::kIndexFolder) + "-previous");
      fs::remove_all(aside, ignored);
      fs::rename(index, aside, ignored);
      result = site::build_site(options_, diags);
      search_current_ = false;
      if (result.ok && result.pages_written == 0 && fs::exists(aside, ignored)) {
        fs::rename(aside, index, ignored);
        search_current_ = !ignored;
      }
      base::sort_and_deduplicate(diags.items);
      number = status_.publish(result.ok, result.ok ? std::string() : error_page_html(diags.items));
    }
    log_ << base::format_diagnostics(diags.items, colour_);
    if (result.ok)
      log_ << "rapportage: build " << number << ": rendered " << result.rendered << " of " << result.pages
           << " pages, wrote " << result.written << " files in " << ms_since(start) << " ms\n";
    else
      log_ << "rapportage: build " << number << " failed with " << diags.error_count() << " error"
           << (diags.error_count() == 1 ? "" : "s") << " (" << ms_since(start)
           << " ms); the browser shows them until they are fixed\n";
    log_.flush();
    return result.ok;
  }

  /// Adds the search index to the served site, from the pages as written. It runs
  /// after the build was announced, so the edited page reloads without waiting for it.
  void index_search() {
    Clock::time_point start = Clock::now();
    base::Diagnostics diags;
    if (!options_.search || search_current_) return;
    search::IndexSummary index =
        search::write_site_index(options_.out, options_.jobs == 0 ? std::thread::hardware_concurrency() : options_.jobs, diags);
    if (diags.items.empty())
      log_ << "rapportage: search index of " << index.pages << " pages updated in " << ms_since(start) << " ms\n";
    for (const base::Diagnostic& d : diags.items) log_ << base::format_diagnostic(d, colour_);
    log_.flush();
  }

 private:
  site::BuildOptions options_;
  base::Colour colour_;
  BuildStatus& status_;
  std::ostream& log_;
  bool search_current_ = false;  // the last build changed no page: its index still fits
};

std::string changed_list(const std::set<std::string>& changed) {
  std::string out;
  std::size_t shown = 0;
  for (const std::string& path : changed) {
    if (shown == 3) {
      out += " and " + std::to_string(changed.size() - shown) + " more";
      break;
    }
    out += (shown++ ? ", " : "") + path;
  }
  return out;
}

}  // namespace

int run_serve(const ServeOptions& options, std::ostream& log) {
  SignalReader signals;
  TemporaryFolder folder;
  if (folder.path().empty()) {
    log << "rapportage: error: cannot make a folder for the site under " << fs::temp_directory_path().string()
        << "\n";
    return 1;
  }
  fs::path site_dir = folder.path() / "site";
  BuildStatus status;
  PreviewServer server(site_dir, status);
  std::string bind_error;
  int port = server.bind(options.port, bind_error);
  if (port < 0) {
    log << "rapportage: error: cannot serve on " << kHost << ":" << options.port << ": " << bind_error << "\n"
        << "hint: another program (perhaps another rapportage serve) uses this port; choose another "
           "with --port, or --port 0 for any free one\n";
    return 1;
  }
  SourceWatcher watcher(options.build.root);
  if (!watcher.ok()) {
    log << "rapportage: error: cannot watch the report for changes: " << watcher.error() << "\n";
    return 1;
  }
  if (!watcher.error().empty()) log << "rapportage: warning: " << watcher.error() << "\n";

  Rebuilder rebuilder(options, site_dir, status, log);
  bool ok = rebuilder.build();
  server.start();
  log << "rapportage: serving " << options.build.root.string() << " at http://" << kHost << ":" << port
      << "/ (press Ctrl-C to stop)" << std::endl;
  if (ok) rebuilder.index_search();

  std::set<std::string> pending;
  Clock::time_point quiet_until{};
  while (true) {
    int timeout = -1;
    if (!pending.empty())
      timeout = static_cast<int>(std::max<long long>(
          0, std::chrono::duration_cast<std::chrono::milliseconds>(quiet_until - Clock::now()).count()));
    pollfd fds[2] = {{signals.fd(), POLLIN, 0}, {watcher.fd(), POLLIN, 0}};
    int ready = ::poll(fds, 2, timeout);
    if (ready < 0 && errno != EINTR) break;
    if (fds[0].revents & POLLIN) {
      signals.consume();
      break;
    }
    if (fds[1].revents & POLLIN) {
      std::vector<std::string> changes = watcher.read_changes();
      if (!changes.empty()) {
        pending.insert(changes.begin(), changes.end());
        quiet_until = Clock::now() + kQuiet;
      }
    }
    if (!pending.empty() && Clock::now() >= quiet_until) {
      log << "rapportage: changed: " << changed_list(pending) << "\n";
      pending.clear();
      if (rebuilder.build()) rebuilder.index_search();
    }
  }
  log << "rapportage: stopping" << std::endl;
  server.stop();
  return 0;
}

}  // namespace rapportage::serve
