#pragma once
// The index as the browser reads it (templates/assets/zoekindex.js), in small JSON files
// so that a search downloads little: one meta file, the terms in shards by their first
// two characters, and the pages for showing results, kPagesPerFile to a file (a file
// per page would make thousands of files to write for a large report). Bytes are deterministic:
// keys and pages in order, integers only.
//
//   meta.json           {"version", "pages": N, "pages_per_file": 20, "lengths": [words of page 0, ...],
//                        "shards": {"je": "je", ...},
//                        "filters": {"hoofdstuk": {"Jeugd": [0, 4, ...]}}}
//   termen/je.json      {"jeugd": [page, weighted count, count in the title, page, ...], ...}
//   paginas/2.json      pages 40 to 59: [{"url", "title", "filters": {"hoofdstuk": "Jeugd"},
//                        "sections": [{"anchor", "heading", "text"}]}, ...]
#include <string>
#include <vector>

#include "search/search_index.h"

namespace rapportage::search {

inline constexpr int kIndexVersion = 1;
inline constexpr std::size_t kPagesPerFile = 20;

struct IndexFile {
  std::string path;  // relative to the index folder: "termen/je.json"
  std::string content;
};

/// The shard a stem is in: its first two characters (code points).
std::string shard_key(const std::string& stem);

/// The file name of a shard: the key itself when it is ASCII letters and digits, else
/// "_" and its UTF-8 bytes in hexadecimal (no file name trouble on any system).
std::string shard_file_name(const std::string& key);

/// Every file of the index, sorted by path.
std::vector<IndexFile> index_files(const SearchIndex& index);

}  // namespace rapportage::search
