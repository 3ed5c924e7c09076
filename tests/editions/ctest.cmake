# End-to-end test of `rapportage new edition` on a copy of the example report.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME new_edition
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/editions/new_edition_e2e.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR})
  set_tests_properties(new_edition PROPERTIES TIMEOUT 300)
endif()
