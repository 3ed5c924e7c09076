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

# The same checks on the content-model report: numbered chapters and a bijlage, a grouped
# submenu, a publisher, params and a footnote in a title.
set(RAPPORTAGE_CONTENT_MODEL_SITE ${CMAKE_BINARY_DIR}/browser-site-content-model)
add_test(NAME browser_build_content_model
  COMMAND $<TARGET_FILE:rapportage> build --quiet --root ${CMAKE_SOURCE_DIR}/tests/sites/valid/content-model
          --out ${RAPPORTAGE_CONTENT_MODEL_SITE})
set_tests_properties(browser_build_content_model PROPERTIES FIXTURES_SETUP browser_site_content_model)
add_test(NAME browser_axe_content_model
  COMMAND node ${CMAKE_SOURCE_DIR}/tests/browser/axe_all_pages.mjs ${RAPPORTAGE_CONTENT_MODEL_SITE})
add_test(NAME html_valid_content_model
  COMMAND ${CMAKE_SOURCE_DIR}/tests/browser/vnu_all_pages.sh ${CMAKE_SOURCE_DIR} ${RAPPORTAGE_CONTENT_MODEL_SITE})
set_tests_properties(browser_axe_content_model html_valid_content_model
  PROPERTIES FIXTURES_REQUIRED browser_site_content_model TIMEOUT 900)
