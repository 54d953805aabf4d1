# slant_add_plugin_module(<target> SOURCES <src>... [ID <plugin-id>] [DATA <dir>]
#                         [OUTPUT_DIRECTORY <dir>] [INSTALL])
# Builds a slant plugin module the way the host needs it: a MODULE library linked to slant::sdk,
# C++20, hidden visibility (only slant_plugin_entry is exported), no undefined symbols left for
# load time. It lands in OUTPUT_DIRECTORY (default: <build>/plugins), with the DATA folder's files
# copied beside it into <id>/, so `slant check --plugin-dir <build>/plugins` finds both.
# INSTALL adds install rules for <libdir>/slant/plugins and <datadir>/slant/plugins/<id>.
include_guard(GLOBAL)
include(GNUInstallDirs)

function(slant_add_plugin_module target)
  cmake_parse_arguments(P "INSTALL" "ID;DATA;OUTPUT_DIRECTORY" "SOURCES" ${ARGN})
  if(NOT P_SOURCES)
    message(FATAL_ERROR "slant_add_plugin_module(${target}): give SOURCES")
  endif()
  if(NOT P_ID)
    set(P_ID ${target})
  endif()
  if(NOT P_OUTPUT_DIRECTORY)
    set(P_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/plugins)
  endif()
  add_library(${target} MODULE ${P_SOURCES})
  target_link_libraries(${target} PRIVATE slant::sdk)
  target_compile_features(${target} PRIVATE cxx_std_20)
  set_target_properties(${target} PROPERTIES
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON POSITION_INDEPENDENT_CODE ON
    LIBRARY_OUTPUT_DIRECTORY ${P_OUTPUT_DIRECTORY})
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(${target} PRIVATE -Wl,--no-undefined)
  endif()

  if(P_DATA)
    get_filename_component(data_dir ${P_DATA} ABSOLUTE)
    file(GLOB data_files CONFIGURE_DEPENDS ${data_dir}/*)
    set(copied)
    foreach(f ${data_files})
      get_filename_component(name ${f} NAME)
      set(out ${P_OUTPUT_DIRECTORY}/${P_ID}/${name})
      add_custom_command(OUTPUT ${out} COMMAND ${CMAKE_COMMAND} -E copy_if_different ${f} ${out} DEPENDS ${f})
      list(APPEND copied ${out})
    endforeach()
    add_custom_target(${target}_data ALL DEPENDS ${copied})
    add_dependencies(${target} ${target}_data)
  endif()

  if(P_INSTALL)
    install(TARGETS ${target} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/slant/plugins)
    if(P_DATA)
      install(DIRECTORY ${data_dir}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/slant/plugins/${P_ID})
    endif()
  endif()
endfunction()
