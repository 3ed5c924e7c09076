# End-to-end tests of `rapportage build` (site).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME site_invalid
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/e2e/site_invalid.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/tests/sites/invalid)
  add_test(NAME site_example
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/e2e/site_example.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR})
  set_tests_properties(site_example PROPERTIES TIMEOUT 900)
  add_test(NAME site_generated
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/e2e/site_generated.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR})
  set_tests_properties(site_generated PROPERTIES TIMEOUT 900)
  add_test(NAME site_output
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/e2e/site_output.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/tests/sites/valid/mini 10)
  set_tests_properties(site_output PROPERTIES TIMEOUT 900)
endif()
if(Python3_Interpreter_FOUND)
  add_test(NAME site_jobs
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/e2e/site_jobs.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR})
  set_tests_properties(site_jobs PROPERTIES TIMEOUT 900)
endif()
if(Python3_Interpreter_FOUND)
  # Incremental builds: exactly the pages that used an input are rendered; random edits
  # give the same site as a clean build (a new seed each run, printed for replay).
  add_test(NAME incremental_explain
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/e2e/incremental_explain.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR})
  set_tests_properties(incremental_explain PROPERTIES TIMEOUT 600)
  add_test(NAME incremental_equivalence
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/e2e/incremental_equivalence.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR} --steps 8)
  set_tests_properties(incremental_equivalence PROPERTIES TIMEOUT 600)
endif()
