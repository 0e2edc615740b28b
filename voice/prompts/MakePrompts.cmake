# SPDX-License-Identifier: GPL-3.0-or-later
# Speaks prompts.ini at build time (cmake -P): every line through espeak-ng, then sox to the
# bridge's format (8 kHz, 16-bit little-endian mono, raw), one file per clip in CLIPS, and writes
# OUTPUT, the C++ source that links the clips into ecoute-voice.
#
# Inputs (-D): INI, CLIPS (a folder), OUTPUT (a .cpp), ESPEAK, SOX.
#
# OUTPUT pulls the files in with the assembler's .incbin (the compiler never sees megabytes of
# numbers); each clip's MD5 is written next to it, so that a changed clip changes the source and
# ccache cannot hand back an object with the old audio.

cmake_minimum_required(VERSION 3.25)

foreach(input INI CLIPS OUTPUT ESPEAK SOX)
    if(NOT DEFINED ${input})
        message(FATAL_ERROR "MakePrompts.cmake: -D${input}=... is missing")
    endif()
endforeach()

# Words per minute: a little slower than espeak-ng's 175, for a telephone line.
set(rate 150)
# The menu has at most 9 keys and positions are spoken up to 9 ("many" beyond).
set(max_digit 9)
set(keys voice greeting menu position many wait)

# --- Read the file: sections [xx] of "key = text" lines.
file(STRINGS "${INI}" lines ENCODING UTF-8)
set(languages "")
set(language "")
foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(line STREQUAL "" OR line MATCHES "^#")
        continue()
    endif()
    if(line MATCHES "^\\[([a-z][a-z])\\]$")
        set(language "${CMAKE_MATCH_1}")
        list(APPEND languages "${language}")
        continue()
    endif()
    if(NOT line MATCHES "^([a-z]+) *= *(.+)$")
        message(FATAL_ERROR "${INI}: cannot read the line \"${line}\"")
    endif()
    if(language STREQUAL "")
        message(FATAL_ERROR "${INI}: \"${line}\" comes before any [language]")
    endif()
    set(key "${CMAKE_MATCH_1}")
    if(NOT key IN_LIST keys)
        message(FATAL_ERROR "${INI}: [${language}] has an unknown key \"${key}\"")
    endif()
    set(text_${language}_${key} "${CMAKE_MATCH_2}")
endforeach()
if(languages STREQUAL "")
    message(FATAL_ERROR "${INI}: no [language] section")
endif()
foreach(language IN LISTS languages)
    foreach(key IN LISTS keys)
        if(NOT DEFINED text_${language}_${key})
            message(FATAL_ERROR "${INI}: [${language}] has no \"${key}\"")
        endif()
    endforeach()
endforeach()

# --- Speak every clip.
file(REMOVE_RECURSE "${CLIPS}")
file(MAKE_DIRECTORY "${CLIPS}")

# clips: "<language>|<Kind>|<number>|<file>" entries for the index.
set(clips "")

function(speak language kind number text file)
    # Trimmed of the silence espeak-ng leaves around the speech (the bridge adds its own pauses)
    # and normalised to -6 dBFS at the peaks: clear on a phone, well above the -20 dBFS hold beeps.
    execute_process(
        COMMAND "${ESPEAK}" -v "${text_${language}_voice}" -s ${rate} --stdout "${text}"
        COMMAND "${SOX}" -q -t wav - -r 8000 -c 1 -b 16 -e signed-integer -L -t raw "${CLIPS}/${file}"
                silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse norm -6
        RESULTS_VARIABLE results
        ERROR_VARIABLE errors)
    foreach(result IN LISTS results)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "Speaking \"${text}\" (${language}) failed: ${results}\n${errors}")
        endif()
    endforeach()
    file(SIZE "${CLIPS}/${file}" size)
    if(size LESS 1600)
        message(FATAL_ERROR "Speaking \"${text}\" (${language}) gave ${size} bytes of audio")
    endif()
    set(clips ${clips} "${language}|${kind}|${number}|${file}" PARENT_SCOPE)
endfunction()

foreach(language IN LISTS languages)
    speak(${language} Greeting 0 "${text_${language}_greeting}" "${language}-greeting.raw")
    speak(${language} Many 0 "${text_${language}_many}" "${language}-many.raw")
    speak(${language} Wait 0 "${text_${language}_wait}" "${language}-wait.raw")
    foreach(digit RANGE 1 ${max_digit})
        string(REPLACE "%1" "${digit}" menu "${text_${language}_menu}")
        speak(${language} Menu ${digit} "${menu}" "${language}-menu-${digit}.raw")
        string(REPLACE "%1" "${digit}" position "${text_${language}_position}")
        speak(${language} Position ${digit} "${position}" "${language}-position-${digit}.raw")
    endforeach()
endforeach()

# --- The source that links them in.
set(assembly "")
set(declarations "")
set(table "")
set(index 0)
foreach(clip IN LISTS clips)
    string(REPLACE "|" ";" fields "${clip}")
    list(GET fields 0 language)
    list(GET fields 1 kind)
    list(GET fields 2 number)
    list(GET fields 3 file)
    file(MD5 "${CLIPS}/${file}" md5)
    set(symbol "ecoute_prompt_${index}")
    string(APPEND assembly
        "    .globl ${symbol}, ${symbol}_end\n"
        "    .hidden ${symbol}, ${symbol}_end\n"
        "    .balign 2\n"
        "${symbol}:\n"
        "    .incbin \"${file}\" # md5 ${md5}\n"
        "${symbol}_end:\n")
    string(APPEND declarations "HIDDEN extern const std::int16_t ${symbol}[];\nHIDDEN extern const std::int16_t ${symbol}_end[];\n")
    string(APPEND table "    {\"${language}\", PromptKind::${kind}, ${number}, ${symbol}, ${symbol}_end},\n")
    math(EXPR index "${index} + 1")
endforeach()

set(source "// Generated from voice/prompts/prompts.ini by voice/prompts/MakePrompts.cmake: do not edit.
#include \"voice/prompts/PromptData.h\"

// The clips' folder is on the assembler's include path (-Wa,-I).
asm(R\"(
    .section .rodata.ecoute_prompts,\"a\",@progbits
${assembly}    .previous
)\");

#define HIDDEN __attribute__((visibility(\"hidden\")))
extern \"C\" {
${declarations}}
#undef HIDDEN

namespace ecoute::voice::prompts {

namespace {
const PromptClip kClips[] {
${table}};
} // namespace

std::span<const PromptClip> builtInClips()
{
    return kClips;
}

} // namespace ecoute::voice::prompts
")
file(WRITE "${OUTPUT}" "${source}")
list(LENGTH clips count)
message(STATUS "Spoke ${count} prompts in: ${languages}")
