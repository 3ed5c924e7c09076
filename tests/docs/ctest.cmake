# Every example in the author's guide (docs/handleiding.md) is built: the examples must
# pass `rapportage check --strict`, the error examples must print the message the guide
# shows, and the pages must show what the guide says they show.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME docs_handleiding
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/docs/handleiding_examples.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/docs/handleiding.md)
  set_tests_properties(docs_handleiding PROPERTIES TIMEOUT 600)
endif()
