# End-to-end check that a report folder supplies no programs and no tool
# configuration to `rapportage build`, and that --no-search leaves search out.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME search_report_tools_not_run
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/search/report_tools_not_run.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/tests/sites/valid/mini)
  set_tests_properties(search_report_tools_not_run PROPERTIES TIMEOUT 600)
endif()

# Search quality on the example (built by tests/browser/ctest.cmake): the same first
# results as Pagefind for the queries of queries.mjs, and the browser's stemmer the same
# as libstemmer's (stemwords, Debian libstemmer-tools).
add_test(NAME search_quality_like_pagefind
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/search/search_quality.mjs ${CMAKE_BINARY_DIR}/browser-site)
add_test(NAME search_stemmer_matches_libstemmer
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/search/stemmer_matches_libstemmer.mjs ${CMAKE_BINARY_DIR}/browser-site)
add_test(NAME search_zoekindex_js
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/search/zoekindex_test.mjs)
set_tests_properties(search_quality_like_pagefind search_stemmer_matches_libstemmer
  PROPERTIES FIXTURES_REQUIRED browser_site TIMEOUT 300)
