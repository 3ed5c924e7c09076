# Jinja2 differential corpus: every case in tests/jinja/expected/*.jsonl (computed with
# reference Jinja2 by scripts/jinja-expectations.py) must render byte-identically
# through `rapportage render`. Needs python3 only, no Jinja2.
add_test(NAME jinja_corpus
  COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/jinja/run_corpus.py
          --bin $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/tests/jinja/expected)
set_tests_properties(jinja_corpus PROPERTIES TIMEOUT 1200 LABELS "jinja")
