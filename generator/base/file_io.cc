#include "base/file_io.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace rapportage::base {

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  // Read straight into a string of the file's size (a stringstream would grow and copy
  // a large data file several times); keep reading in case the file grew meanwhile.
  std::string content;
  std::uintmax_t expected = std::filesystem::file_size(path, ec);
  if (!ec) content.resize(static_cast<std::size_t>(expected));
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  if (in.bad()) return std::nullopt;
  content.resize(static_cast<std::size_t>(in.gcount()));
  if (in.eof()) return content;
  char chunk[65536];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    content.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (in.eof()) break;
  }
  if (in.bad()) return std::nullopt;
  return content;
}

std::string outside_folder(const std::filesystem::path& folder, const std::filesystem::path& path,
                           std::string_view folder_name) {
  std::error_code ec;
  std::filesystem::path real = std::filesystem::canonical(path, ec);
  if (ec) return {};  // it does not exist (or a link leads nowhere): reading it fails anyway
  std::filesystem::path real_folder = std::filesystem::canonical(folder, ec);
  if (ec) real_folder = std::filesystem::absolute(folder, ec).lexically_normal();
  if (is_within(real_folder, real)) return {};
  return "symbolic link points outside " + std::string(folder_name) + " (to " + real.string() + ")";
}

std::optional<std::string> read_file_inside(const std::filesystem::path& folder, const std::filesystem::path& path,
                                            std::string_view folder_name, std::string& refusal) {
  refusal = outside_folder(folder, path, folder_name);
  if (!refusal.empty()) return std::nullopt;
  return read_file(path);
}

bool write_file_atomic(const std::filesystem::path& path, std::string_view content) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return false;
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) return false;
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return false;
  }
  return true;
}

bool is_within(const std::filesystem::path& root, const std::filesystem::path& candidate) {
  auto r = root.lexically_normal();
  auto c = candidate.lexically_normal();
  auto rel = c.lexically_relative(r);
  if (rel.empty()) return false;
  auto first = rel.begin();
  return first == rel.end() || (*first != ".." && !rel.is_absolute());
}

}  // namespace rapportage::base
