# Checks the shipped translations (tests/CMakeLists.txt: translations_complete):
# - every message of each .ts is finished (lrelease reports 0 unfinished);
# - every context is a name the program really uses at run time: a Q_OBJECT class's qualified
#   name ("ecoute::ui::MainWindow"), or a name given to Q_DECLARE_TR_FUNCTIONS/translate() in
#   the sources. A short class name means lupdate could not resolve an include, and those
#   strings would silently stay in English.
cmake_policy(SET CMP0057 NEW) # IN_LIST
# Arguments: -DLRELEASE=<path> -DSOURCE_DIR=<repository root> -DOUT=<scratch dir>
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts")
file(GLOB_RECURSE sources "${SOURCE_DIR}/models/*.[ch]*" "${SOURCE_DIR}/ui/*.[ch]*" "${SOURCE_DIR}/app/*.[ch]*"
     "${SOURCE_DIR}/protocol/*.[ch]*")
set(declared "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "Q_DECLARE_TR_FUNCTIONS\\(|translate\\(\"")
    foreach(line IN LISTS lines)
        string(REGEX MATCHALL "Q_DECLARE_TR_FUNCTIONS\\(([A-Za-z_:]+)\\)|translate\\(\"([A-Za-z_:]+)\"" found "${line}")
        foreach(item IN LISTS found)
            string(REGEX REPLACE ".*[(\"]([A-Za-z_:]+)[)\"]?$" "\\1" name "${item}")
            list(APPEND declared "${name}")
        endforeach()
    endforeach()
endforeach()

set(problems "")
foreach(ts IN LISTS ts_files)
    get_filename_component(base "${ts}" NAME_WE)
    execute_process(COMMAND "${LRELEASE}" "${ts}" -qm "${OUT}/${base}.qm"
                    OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        string(APPEND problems "\n${base}: lrelease failed: ${output}")
    endif()
    if(output MATCHES "([0-9]+) unfinished" AND NOT CMAKE_MATCH_1 EQUAL 0)
        string(APPEND problems "\n${base}: ${CMAKE_MATCH_1} unfinished message(s)")
    endif()
    file(STRINGS "${ts}" names REGEX "<name>")
    foreach(line IN LISTS names)
        string(REGEX REPLACE ".*<name>(.*)</name>.*" "\\1" context "${line}")
        if(NOT context MATCHES "^ecoute::" AND NOT context IN_LIST declared)
            string(APPEND problems "\n${base}: context \"${context}\" is not a qualified class name nor a declared one")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Translations are not complete:${problems}")
endif()
message(STATUS "translations complete: ${ts_files}")
