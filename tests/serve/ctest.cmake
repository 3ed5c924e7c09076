# End-to-end test of `rapportage serve`: a real server on a free port of 127.0.0.1.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME serve_e2e
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/serve/serve_e2e.py
            $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/tests/sites/valid/mini)
  set_tests_properties(serve_e2e PROPERTIES TIMEOUT 300)
endif()

# The same in Debian's Chromium: an open page reloads by itself; axe on the error page.
add_test(NAME browser_serve_reload
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/serve/browser_reload.mjs
          $<TARGET_FILE:rapportage> ${CMAKE_SOURCE_DIR}/tests/sites/valid/mini)
set_tests_properties(browser_serve_reload PROPERTIES TIMEOUT 300)
