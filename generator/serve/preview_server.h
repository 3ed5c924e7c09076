#pragma once
// The HTTP side of `rapportage serve` (cpp-httplib), on 127.0.0.1 only: the built
// site with pretty URLs, the live-reload script and its event stream, and the error
// page while the last build failed.
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "serve/build_status.h"

namespace rapportage::serve {

inline constexpr const char* kHost = "127.0.0.1";

class PreviewServer {
 public:
  PreviewServer(std::filesystem::path site_dir, BuildStatus& status);
  ~PreviewServer();  // stops and joins
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  /// Binds kHost:`port` (0: a free port). Returns the port bound, or -1 with `error`
  /// set ("address already in use", ...).
  int bind(int port, std::string& error);
  /// Answers requests on a thread of its own until stop().
  void start();
  /// Ends open event streams, stops listening and waits for the request threads.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::thread listener_;
};

}  // namespace rapportage::serve
