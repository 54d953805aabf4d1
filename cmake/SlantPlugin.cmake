# slant_add_plugin(<id> RULES <sources...> ENTRY <source> [DATA <dir>])
# Builds the plugin's rules as a static library slant_<id>_rules (so tests can link them) and
# the loadable module slant_<id> with hidden visibility, placed where the host finds it.
function(slant_add_plugin id)
  cmake_parse_arguments(P "" "ENTRY;DATA" "RULES" ${ARGN})
  add_library(slant_${id}_rules STATIC ${P_RULES})
  target_link_libraries(slant_${id}_rules PUBLIC slant::sdk)
  target_include_directories(slant_${id}_rules PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  set_target_properties(slant_${id}_rules PROPERTIES
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON POSITION_INDEPENDENT_CODE ON)
  # The bundled data folder in the source tree, for the plugin's tools and tests: one name per
  # plugin (SLANT_OPINION_DATA_DIR, ...), so a target linking several plugins sees each.
  string(TOUPPER "${id}" ID)
  string(MAKE_C_IDENTIFIER "${ID}" ID)
  target_compile_definitions(slant_${id}_rules PUBLIC SLANT_${ID}_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")

  add_library(slant_${id} MODULE ${P_ENTRY})
  target_link_libraries(slant_${id} PRIVATE slant_${id}_rules)
  set_target_properties(slant_${id} PROPERTIES
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY ${SLANT_PLUGIN_OUTPUT_DIR})
  target_link_options(slant_${id} PRIVATE -Wl,--no-undefined)
  install(TARGETS slant_${id} LIBRARY DESTINATION ${SLANT_PLUGIN_INSTALL_DIR})

  if(P_DATA)
    file(GLOB data_files CONFIGURE_DEPENDS ${P_DATA}/*)
    set(copied)
    foreach(f ${data_files})
      get_filename_component(name ${f} NAME)
      set(out ${SLANT_DATA_OUTPUT_DIR}/${id}/${name})
      add_custom_command(OUTPUT ${out} COMMAND ${CMAKE_COMMAND} -E copy_if_different ${f} ${out} DEPENDS ${f})
      list(APPEND copied ${out})
    endforeach()
    add_custom_target(slant_${id}_data ALL DEPENDS ${copied})
    add_dependencies(slant_${id} slant_${id}_data)
    install(DIRECTORY ${P_DATA}/ DESTINATION ${SLANT_DATA_INSTALL_DIR}/${id})
  endif()
endfunction()
