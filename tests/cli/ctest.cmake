# End-to-end tests of `rapportage check` and of `--format json` on check and build.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME cli_check
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/cli/check_e2e.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/tests/sites/valid/mini)
  set_tests_properties(cli_check PROPERTIES TIMEOUT 300)
endif()
