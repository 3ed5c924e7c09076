add_test(NAME pdf_whole_report
  COMMAND python3 ${CMAKE_SOURCE_DIR}/tests/pdf/check_pdf.py $<TARGET_FILE:rapportage>
          ${CMAKE_BINARY_DIR}/browser-site)
set_tests_properties(pdf_whole_report PROPERTIES FIXTURES_REQUIRED browser_site TIMEOUT 300)
