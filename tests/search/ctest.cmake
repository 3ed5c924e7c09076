# End-to-end check that a report folder supplies no programs (Pagefind) and no tool
# configuration to `rapportage build`, and that --no-search leaves search out.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME search_report_tools_not_run
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/search/report_tools_not_run.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/tests/sites/valid/mini)
  set_tests_properties(search_report_tools_not_run PROPERTIES TIMEOUT 600)
endif()
