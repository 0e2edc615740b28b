# Installs the browser tests' npm packages into DST (the build directory) with `npm ci`,
# unless the lockfile there is unchanged since the last successful install.
#   cmake -DSRC=<source dir> -DDST=<build dir> -DNPM=<npm> -P npm_ci.cmake
foreach(var SRC DST NPM)
    if(NOT ${var})
        message(FATAL_ERROR "npm_ci.cmake: ${var} is not set")
    endif()
endforeach()

file(MAKE_DIRECTORY "${DST}")
file(COPY_FILE "${SRC}/package.json" "${DST}/package.json" ONLY_IF_DIFFERENT)
file(COPY_FILE "${SRC}/package-lock.json" "${DST}/package-lock.json" ONLY_IF_DIFFERENT)

file(SHA256 "${DST}/package-lock.json" lock_hash)
set(stamp "${DST}/node_modules/.ecoute-lock-sha256")
if(EXISTS "${stamp}")
    file(READ "${stamp}" installed_hash)
    string(STRIP "${installed_hash}" installed_hash)
    if(installed_hash STREQUAL lock_hash AND EXISTS "${DST}/node_modules/playwright-core/package.json"
       AND EXISTS "${DST}/node_modules/ws/package.json"
       AND EXISTS "${DST}/node_modules/axe-core/axe.min.js")
        message(STATUS "node_modules is up to date")
        return()
    endif()
endif()

execute_process(
    COMMAND "${NPM}" ci --no-audit --no-fund
    WORKING_DIRECTORY "${DST}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${result})")
endif()
file(WRITE "${stamp}" "${lock_hash}\n")
message(STATUS "npm ci done")
