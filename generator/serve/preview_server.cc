#include "serve/preview_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

#include "base/file_io.h"
#include "serve/live_reload.h"
#include "serve/url_path.h"

namespace rapportage::serve {
namespace {

// Each open page holds one event stream, and so one request thread.
constexpr std::size_t kRequestThreads = 32;
// An event stream sends a comment this often, to notice a closed page.
constexpr std::chrono::seconds kKeepAlive{15};

bool is_html(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  return ext == ".html" || ext == ".htm";
}

void send_page(httplib::Response& res, int status, std::string html, std::uint64_t build) {
  res.status = status;
  res.set_content(inject_reload_script(html, build), "text/html; charset=utf-8");
}

std::string small_page(const std::string& title, const std::string& text) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
         "</title>\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n<p>" + text +
         "</p>\n</main>\n</body>\n</html>\n";
}

}  // namespace

struct PreviewServer::Impl {
  std::filesystem::path site_dir;
  BuildStatus& status;
  httplib::Server http;

  Impl(std::filesystem::path dir, BuildStatus& s) : site_dir(std::move(dir)), status(s) {
    http.new_task_queue = [] { return new httplib::ThreadPool(kRequestThreads); };
    // httplib sets SO_REUSEPORT by default, which lets a second server bind the same
    // port; SO_REUSEADDR alone only allows a restart while old connections linger.
    http.set_socket_options([](int sock) {
      int yes = 1;
      ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    http.set_default_headers({{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});
    http.Get(kScriptPath, [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(reload_script()), "text/javascript; charset=utf-8");
    });
    http.Get(kEventsPath, [this](const httplib::Request&, httplib::Response& res) { stream_events(res); });
    http.Get(R"(/.*)", [this](const httplib::Request& req, httplib::Response& res) { serve_file(req, res); });
  }

  void stream_events(httplib::Response& res) {
    auto seen = std::make_shared<std::uint64_t>(0);
    auto first = std::make_shared<bool>(true);
    res.set_chunked_content_provider("text/event-stream", [this, seen, first](std::size_t, httplib::DataSink& sink) {
      if (status.stopped()) {
        sink.done();
        return true;
      }
      BuildSnapshot now = *first ? status.current() : status.wait_for_newer(*seen, kKeepAlive);
      if (status.stopped()) {
        sink.done();
        return true;
      }
      std::string message = (*first || now.number != *seen) ? build_event(now.number, *first) : ": keep-alive\n\n";
      *first = false;
      *seen = now.number;
      return sink.write(message.data(), message.size());
    });
  }

  void serve_file(const httplib::Request& req, httplib::Response& res) {
    // The builder publishes a build while it still holds the lock, so the files read
    // here and the build number the page gets belong together.
    std::shared_lock lock(status.site_lock());
    BuildSnapshot build = status.current();
    UrlTarget target = resolve_url_path(req.path, site_dir);
    bool page_wanted = target.kind == UrlTarget::Kind::not_found ||
                       target.kind == UrlTarget::Kind::redirect ||
                       (target.kind == UrlTarget::Kind::file && is_html(target.file));
    if (!build.ok && page_wanted) {
      send_page(res, 500, build.error_page, build.number);
      return;
    }
    switch (target.kind) {
      case UrlTarget::Kind::forbidden:
        res.status = 403;
        res.set_content("403 forbidden: this path is outside the site\n", "text/plain; charset=utf-8");
        return;
      case UrlTarget::Kind::redirect:
        res.set_redirect(target.location, 301);
        return;
      case UrlTarget::Kind::not_found:
        send_page(res, 404, small_page("Page not found", "There is no page at this address in the report."),
                  build.number);
        return;
      case UrlTarget::Kind::file: break;
    }
    std::optional<std::string> bytes = base::read_file(target.file);
    if (!bytes) {
      send_page(res, 404, small_page("Page not found", "This file could not be read."), build.number);
      return;
    }
    if (is_html(target.file)) {
      send_page(res, 200, std::move(*bytes), build.number);
      return;
    }
    res.set_content(std::move(*bytes), content_type_for(target.file).c_str());
  }
};

PreviewServer::PreviewServer(std::filesystem::path site_dir, BuildStatus& status)
    : impl_(std::make_unique<Impl>(std::move(site_dir), status)) {}

PreviewServer::~PreviewServer() { stop(); }

int PreviewServer::bind(int port, std::string& error) {
  errno = 0;
  int bound = port == 0 ? impl_->http.bind_to_any_port(kHost) : (impl_->http.bind_to_port(kHost, port) ? port : -1);
  if (bound <= 0) {
    error = errno != 0 ? std::strerror(errno) : "cannot bind";
    for (char& c : error)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return -1;
  }
  return bound;
}

void PreviewServer::start() {
  listener_ = std::thread([this] { impl_->http.listen_after_bind(); });
  // stop() does nothing to a server that is not running yet: wait until it is.
  while (!impl_->http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

void PreviewServer::stop() {
  impl_->status.stop();
  impl_->http.stop();
  if (listener_.joinable()) listener_.join();
}

}  // namespace rapportage::serve
