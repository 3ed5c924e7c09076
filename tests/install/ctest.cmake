# Installation, `rapportage new`, the example CI workflows and the Docker image.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  # Installs into a temporary prefix and builds a new report with the installed tool,
  # then runs the axe and vnu checks over it.
  add_test(NAME install_new_build
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/install/install_e2e.py
            ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR})
  set_tests_properties(install_new_build PROPERTIES TIMEOUT 900)
  # The Debian package, unpacked into a temporary folder (skipped without dpkg-dev).
  add_test(NAME debian_package
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/install/debian_package.py ${CMAKE_BINARY_DIR})
  set_tests_properties(debian_package PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77)
  add_test(NAME ci_workflows
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/install/ci_workflows.py ${CMAKE_SOURCE_DIR})
endif()
# Builds the image (minutes); skipped when Docker or its daemon is not there.
add_test(NAME docker_image COMMAND ${CMAKE_SOURCE_DIR}/scripts/docker-test)
set_tests_properties(docker_image PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 3600 LABELS docker)
