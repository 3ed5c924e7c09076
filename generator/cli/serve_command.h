#pragma once
// `rapportage serve` runs the preview server, which lives in a program of its own,
// rapportage-serve: these commands with generator/serve/ linked in. cpp-httplib is a
// shared library in Debian that loads OpenSSL, zlib and Brotli, which would slow down
// every start of rapportage (render runs once per page in some pipelines). So
// `rapportage serve` starts rapportage-serve from beside itself with the same options.
#include <string>

namespace rapportage::cli {

struct ServeArgs {
  std::string root = ".";
  int port = 8000;
};

using ServeRunner = int (*)(const ServeArgs& args);

/// Set by generator/serve/ (when it is linked in) before main() runs; returns true.
bool set_serve_runner(ServeRunner runner);

}  // namespace rapportage::cli
