// fuzz_replay FOLDER: runs every fuzz target of FOLDER (tests/fuzz) once over each file
// of FOLDER/seeds/<target>/ and FOLDER/regressions/<target>/, in name order, without
// libFuzzer (see ctest.cmake). A crash or an escaped exception fails the run; each
// target prints how many inputs it ran.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#define TARGET(name) extern "C" int fuzz_##name##_one_input(const std::uint8_t* data, std::size_t size);
RAPPORTAGE_FUZZ_TARGETS
#undef TARGET

namespace {

namespace fs = std::filesystem;

struct Target {
  const char* name;
  int (*one_input)(const std::uint8_t*, std::size_t);
};

#define TARGET(name) Target{#name, fuzz_##name##_one_input},
const Target kTargets[] = {RAPPORTAGE_FUZZ_TARGETS};
#undef TARGET

std::vector<fs::path> inputs_of(const fs::path& folder) {
  std::vector<fs::path> files;
  if (!fs::is_directory(folder)) return files;
  for (const fs::directory_entry& e : fs::directory_iterator(folder))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: fuzz_replay TESTS_FUZZ_FOLDER\n";
    return 2;
  }
  const fs::path folder = argv[1];
  for (const Target& target : kTargets) {
    std::size_t count = 0;
    for (const char* kind : {"seeds", "regressions"}) {
      for (const fs::path& file : inputs_of(folder / kind / target.name)) {
        std::ifstream in(file, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        try {
          target.one_input(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        } catch (const std::exception& e) {
          std::cerr << file.string() << ": error: " << target.name << " threw: " << e.what() << "\n";
          return 1;
        }
        ++count;
      }
    }
    std::cout << target.name << ": " << count << " inputs\n";
  }
  return 0;
}
