#include "cli/serve_command.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

#include "cli/commands.h"

namespace rapportage::cli {
namespace {

ServeRunner& runner() {
  static ServeRunner linked_in = nullptr;
  return linked_in;
}

int start_serve_program(const ServeArgs& args) {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path program = (ec ? std::filesystem::path() : self.parent_path()) / "rapportage-serve";
  std::vector<std::string> words = {program.string(), "serve", "--root", args.root, "--port",
                                    std::to_string(args.port)};
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  ::execv(program.c_str(), argv.data());
  std::cerr << "rapportage: error: cannot start " << program.string() << ": " << std::strerror(errno) << "\n"
            << "hint: the preview server is the program rapportage-serve beside rapportage; "
               "`cmake --build build` builds both\n";
  return 1;
}

const CommandRegistration kServe([](CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "build the report, serve it on 127.0.0.1 and rebuild and reload pages on every change");
  cmd->add_option("--root", args->root, "the report folder (default: the current folder)");
  cmd->add_option("--port", args->port, "the port on 127.0.0.1 (default: 8000; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->callback([args, &exit_code] {
    exit_code = runner() ? runner()(*args) : start_serve_program(*args);
  });
});

}  // namespace

bool set_serve_runner(ServeRunner serve) {
  runner() = serve;
  return true;
}

}  // namespace rapportage::cli
