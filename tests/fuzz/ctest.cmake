# The fuzz targets of tests/fuzz/ (<name>_fuzz.cc, each defining LLVMFuzzerTestOneInput).
# In a fuzz build (-DRAPPORTAGE_FUZZ=ON, clang; scripts/fuzz) each becomes fuzz_<name>
# with libFuzzer's main. In every other build they are linked into one program,
# fuzz_replay, that runs each target once over its seeds and its regression inputs:
# the test fuzz_replay, so that a finding fixed once stays fixed in every build.
file(GLOB RAPPORTAGE_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*_fuzz.cc)
if(RAPPORTAGE_FUZZ)
  foreach(src ${RAPPORTAGE_FUZZ_SOURCES})
    get_filename_component(stem ${src} NAME_WE)
    string(REGEX REPLACE "_fuzz$" "" name ${stem})
    add_executable(fuzz_${name} ${src} ${CMAKE_CURRENT_LIST_DIR}/fuzz_support.cc)
    target_include_directories(fuzz_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(fuzz_${name} PRIVATE rapportage_core)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
    target_compile_definitions(fuzz_${name} PRIVATE RAPPORTAGE_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  endforeach()
else()
  set(names "")
  foreach(src ${RAPPORTAGE_FUZZ_SOURCES})
    get_filename_component(stem ${src} NAME_WE)
    string(REGEX REPLACE "_fuzz$" "" name ${stem})
    list(APPEND names ${name})
    # Each target's entry point under its own name, so that one program holds them all.
    set_source_files_properties(${src} PROPERTIES
      COMPILE_DEFINITIONS "LLVMFuzzerTestOneInput=fuzz_${name}_one_input")
  endforeach()
  list(TRANSFORM names PREPEND "TARGET(" OUTPUT_VARIABLE entries)
  list(TRANSFORM entries APPEND ")")
  string(JOIN " " entry_list ${entries})
  add_executable(fuzz_replay ${RAPPORTAGE_FUZZ_SOURCES}
    ${CMAKE_CURRENT_LIST_DIR}/fuzz_support.cc ${CMAKE_CURRENT_LIST_DIR}/replay_main.cc)
  target_include_directories(fuzz_replay PRIVATE ${CMAKE_CURRENT_LIST_DIR})
  target_link_libraries(fuzz_replay PRIVATE rapportage_core)
  target_compile_definitions(fuzz_replay PRIVATE
    RAPPORTAGE_SOURCE_DIR="${CMAKE_SOURCE_DIR}" "RAPPORTAGE_FUZZ_TARGETS=${entry_list}")
  add_test(NAME fuzz_replay COMMAND fuzz_replay ${CMAKE_CURRENT_LIST_DIR})
  set_tests_properties(fuzz_replay PROPERTIES TIMEOUT 600)
endif()
