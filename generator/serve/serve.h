#pragma once
// `rapportage serve`: build the report into a folder of its own, serve it on
// 127.0.0.1, rebuild when a source changes and reload the open pages.
#include <iosfwd>

#include "base/diagnostic_report.h"
#include "site/build.h"

namespace rapportage::serve {

struct ServeOptions {
  site::BuildOptions build;  // `out` and `index_before_swap` are set by run_serve
  int port = 8000;           // 0: any free port (the one taken is printed)
  base::Colour colour = base::Colour::none;  // for diagnostics in the log
};

/// Serves until SIGINT or SIGTERM, logging to `log`. Returns the exit code: 0 after a
/// signal, 1 when the server could not start (port taken, no inotify, no temp folder).
int run_serve(const ServeOptions& options, std::ostream& log);

}  // namespace rapportage::serve
