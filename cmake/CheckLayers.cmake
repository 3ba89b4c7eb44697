# cmake -DLAYER=<name> -DALLOWED=<dir|dir...> -DSOURCES=<file|file...> -DSTAMP=<file> -P CheckLayers.cmake
#
# Fails when a source of the layer includes a header of a directory the layer may not use
# (#include "<dir>/..."): the build stops there, so the layers stay as docs/ARCHITECTURE.md draws
# them. Includes without a directory are the layer's own (resolved beside the including file).
cmake_minimum_required(VERSION 3.16)
string(REPLACE "|" ";" ALLOWED "${ALLOWED}")
string(REPLACE "|" ";" SOURCES "${SOURCES}")
set(problems "")
foreach(source IN LISTS SOURCES)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+/[^\"]+\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"/]+)/.*$" "\\1" dir "${line}")
        if(NOT dir IN_LIST ALLOWED)
            string(STRIP "${line}" line)
            string(APPEND problems "\n  ${source}: ${line}")
        endif()
    endforeach()
endforeach()
if(problems)
    string(REPLACE ";" ", " allowed "${ALLOWED}")
    message(FATAL_ERROR "Layer ${LAYER} may include only from: ${allowed}. These includes break the layers:"
                        "${problems}\nSee docs/ARCHITECTURE.md.")
endif()
file(WRITE "${STAMP}" "ok\n")
