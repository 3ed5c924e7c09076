# `cmake --install build [--prefix P]` and the Debian package (`cpack -G DEB` in build/).
# The executables find their files relative to themselves (site/theme.h,
# site/vendor_assets.h), so these paths under the prefix are fixed, not GNUInstallDirs':
#   bin/rapportage, bin/rapportage-serve
#   share/rapportage/templates/     the default theme
#   share/rapportage/scaffold/      what `rapportage new` copies
#   share/rapportage/node_modules/  the NL Design System CSS (from the npm packages)
#   lib/rapportage/node_modules/    Pagefind's executable for this platform (npm)
# Nothing from npm is committed: the files are copied from the checkout's node_modules
# (scripts/install-deps), with each package's package.json and licence.
install(TARGETS rapportage RUNTIME DESTINATION bin)
if(TARGET rapportage-serve)
  install(TARGETS rapportage-serve RUNTIME DESTINATION bin)
endif()
install(DIRECTORY templates/ DESTINATION share/rapportage/templates)
install(DIRECTORY scaffold/ DESTINATION share/rapportage/scaffold)

set(RAPPORTAGE_NODE_MODULES ${CMAKE_CURRENT_SOURCE_DIR}/node_modules CACHE PATH
    "node_modules whose NL Design System CSS and Pagefind are installed with rapportage")
# Must match kNldsAssets in generator/site/vendor_assets.cc.
set(RAPPORTAGE_NPM_CSS
  "@utrecht/component-library-css|dist/index.css|LICENSE.md"
  "@nl-design-system-unstable/voorbeeld-design-tokens|dist/theme.css|LICENSE.md")
set(rapportage_npm_missing "")
foreach(entry ${RAPPORTAGE_NPM_CSS})
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 package)
  list(GET parts 1 file)
  list(GET parts 2 licence)
  set(from ${RAPPORTAGE_NODE_MODULES}/${package})
  if(EXISTS ${from}/${file})
    get_filename_component(file_dir ${file} DIRECTORY)
    install(FILES ${from}/${file} DESTINATION share/rapportage/node_modules/${package}/${file_dir})
    install(FILES ${from}/package.json ${from}/${licence} DESTINATION share/rapportage/node_modules/${package})
  else()
    list(APPEND rapportage_npm_missing ${package})
  endif()
endforeach()
if(rapportage_npm_missing)
  message(WARNING "not in ${RAPPORTAGE_NODE_MODULES}, so not installed: ${rapportage_npm_missing} "
                  "(run scripts/install-deps first; without them an installed rapportage builds "
                  "sites without the NL Design System CSS)")
endif()

# The Debian package: `cpack -G DEB` in the build folder, after the build.
set(CPACK_PACKAGE_NAME rapportage)
set(CPACK_PACKAGE_VERSION 0.1.0)  # as `rapportage version` prints it
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "static report generator for Dutch municipalities' reports (rapportage sociaal domein)")
set(CPACK_PACKAGE_CONTACT "rapportage maintainers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# A RelWithDebInfo build carries its debug information; the package does not.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
# The shared libraries the two programs link (fmt, cpp-httplib's OpenSSL, ...), found by
# dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
