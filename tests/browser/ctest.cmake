# Browser and validator checks on the example report, built once into the build tree.
set(RAPPORTAGE_BROWSER_SITE ${CMAKE_BINARY_DIR}/browser-site)
add_test(NAME browser_build_example
  COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=1570000000
          $<TARGET_FILE:rapportage> build --quiet --root ${CMAKE_SOURCE_DIR} --out ${RAPPORTAGE_BROWSER_SITE})
set_tests_properties(browser_build_example PROPERTIES FIXTURES_SETUP browser_site)

add_test(NAME browser_axe_every_page
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/browser/axe_all_pages.mjs ${RAPPORTAGE_BROWSER_SITE})
add_test(NAME browser_keyboard_reflow_screenshots
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/browser/keyboard_reflow.mjs ${RAPPORTAGE_BROWSER_SITE}
          ${CMAKE_BINARY_DIR}/screenshots)
add_test(NAME browser_layout_every_page
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/browser/layout_every_page.mjs ${RAPPORTAGE_BROWSER_SITE}
          ${CMAKE_BINARY_DIR}/screenshots/layout)
add_test(NAME browser_search
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/browser/search.mjs ${RAPPORTAGE_BROWSER_SITE})
add_test(NAME html_valid_every_page
  COMMAND ${CMAKE_SOURCE_DIR}/tests/browser/vnu_all_pages.sh ${CMAKE_SOURCE_DIR} ${RAPPORTAGE_BROWSER_SITE})
set_tests_properties(browser_axe_every_page browser_keyboard_reflow_screenshots browser_layout_every_page
  browser_search html_valid_every_page
  PROPERTIES FIXTURES_REQUIRED browser_site TIMEOUT 900)
