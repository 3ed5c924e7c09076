// The inverted index and its files: weighted counts, lengths, shards, deterministic bytes.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "search/index_files.h"
#include "search/search_index.h"

using namespace rapportage::search;

namespace {

PageText page(std::string url, std::string title, std::vector<Section> sections,
              std::vector<std::pair<std::string, std::string>> filters = {}) {
  return PageText{std::move(url), std::move(title), std::move(filters), std::move(sections)};
}

const std::string* file(const std::vector<IndexFile>& files, const std::string& path) {
  for (const IndexFile& f : files)
    if (f.path == path) return &f.content;
  return nullptr;
}

std::vector<PageText> two_pages() {
  return {page("wmo/", "Wmo", {{"", "", 1, "De gemeenten en de gemeente."}, {"kop", "Jongeren", 2, "jongeren"}},
               {{"hoofdstuk", "Wmo"}}),
          page("", "Start", {{"", "", 1, "Gemeente"}})};
}

}  // namespace

TEST_CASE("words count by where they stand: title 7, h2 6 to h6 2, text 1", "[search]") {
  CHECK(word_weight(1, true) == 7);
  CHECK(word_weight(2, false) == 6);
  CHECK(word_weight(6, false) == 2);
  CHECK(word_weight(0, false) == 1);
}

TEST_CASE("postings hold weighted counts of stems, pages sorted by URL", "[search]") {
  SearchIndex index = build_index(two_pages(), 1);
  REQUIRE(index.pages.size() == 2);
  CHECK(index.pages[0].url.empty());  // "" sorts before "wmo/"
  CHECK(index.lengths == std::vector<std::uint32_t>{2, 8});
  // gemeenten and gemeente are one stem; page 1 has it twice in its text.
  REQUIRE(index.terms.count("gemeent"));
  const auto& gemeent = index.terms.at("gemeent");
  REQUIRE(gemeent.size() == 2);
  CHECK(gemeent[0].page == 0);
  CHECK(gemeent[0].weight == 1);
  CHECK(gemeent[1].page == 1);
  CHECK(gemeent[1].weight == 2);
  // jongeren in an h2 (6) and in the text (1); wmo in the title (7).
  CHECK(index.terms.at("jonger")[0].weight == 7);
  CHECK(index.terms.at("wmo")[0].weight == 7);
  CHECK(index.terms.at("wmo")[0].in_title == 1);
  CHECK(index.terms.at("jonger")[0].in_title == 0);
}

TEST_CASE("the index is the same whatever the number of threads", "[search]") {
  std::vector<PageText> many;
  for (int i = 0; i < 50; ++i)
    many.push_back(page("p" + std::to_string(i) + "/", "Pagina " + std::to_string(i),
                        {{"", "", 1, "jeugdhulp wachttijd " + std::to_string(i % 7)}}));
  std::vector<IndexFile> one = index_files(build_index(many, 1));
  std::vector<IndexFile> four = index_files(build_index(many, 4));
  REQUIRE(one.size() == four.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    CHECK(one[i].path == four[i].path);
    CHECK(one[i].content == four[i].content);
  }
}

TEST_CASE("index files: meta, term shards by two characters, pages twenty to a file", "[search]") {
  std::vector<IndexFile> files = index_files(build_index(two_pages(), 2));
  const std::string* meta = file(files, "meta.json");
  REQUIRE(meta);
  CHECK(meta->starts_with(R"({"version":1,"pages":2,"pages_per_file":20,"lengths":[2,8],"shards":{"de":"de",)"));
  CHECK(meta->ends_with(R"("filters":{"hoofdstuk":{"Wmo":[1]}}})" "\n"));
  const std::string* ge = file(files, "termen/ge.json");
  REQUIRE(ge);
  CHECK(*ge == R"({"gemeent":[0,1,0,1,2,0]})" "\n");
  const std::string* pages = file(files, "paginas/0.json");
  REQUIRE(pages);
  CHECK(*pages == R"([{"url":"","title":"Start","filters":{},"sections":[{"anchor":"","heading":"","text":"Gemeente"}]},)"
                  R"({"url":"wmo/","title":"Wmo","filters":{"hoofdstuk":"Wmo"},"sections":[)"
                  R"({"anchor":"","heading":"","text":"De gemeenten en de gemeente."},)"
                  R"({"anchor":"kop","heading":"Jongeren","text":"jongeren"}]}])" "\n");
  CHECK_FALSE(file(files, "paginas/1.json"));
  for (std::size_t i = 1; i < files.size(); ++i) CHECK(files[i - 1].path < files[i].path);
}

TEST_CASE("shard names are safe file names", "[search]") {
  CHECK(shard_key("jeugd") == "je");
  CHECK(shard_key("a") == "a");
  CHECK(shard_key("øre") == "ør");
  CHECK(shard_file_name("je") == "je");
  CHECK(shard_file_name("ør") == "_c3b872");
}
