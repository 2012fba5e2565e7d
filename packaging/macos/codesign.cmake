# Runs inside CPack (CPACK_PRE_BUILD_SCRIPTS) on the staged install tree:
# signs OrgConsole.app inside out with the hardened runtime and a secure
# timestamp, as notarisation requires. `codesign --deep` is avoided on
# purpose: Apple documents it as unreliable for nested code, and it would
# sign the helper without the entitlements.
set(identity "${CPACK_ORGCONSOLE_CODESIGN_IDENTITY}")
set(entitlements "${CPACK_ORGCONSOLE_ENTITLEMENTS}")
if(NOT identity)
    message(FATAL_ERROR "codesign.cmake: CPACK_ORGCONSOLE_CODESIGN_IDENTITY is empty")
endif()

function(orgconsole_codesign path)
    execute_process(
        COMMAND codesign --force --options runtime --timestamp --entitlements "${entitlements}"
                --sign "${identity}" "${path}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign failed for ${path}")
    endif()
endfunction()

file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*OrgConsole.app")
set(signed 0)
foreach(bundle IN LISTS bundles)
    if(NOT IS_DIRECTORY "${bundle}" OR NOT bundle MATCHES "/OrgConsole\\.app$")
        continue()
    endif()
    # 1. Loose libraries and plugins (QtKeychain, Qt plugins).
    file(GLOB_RECURSE dylibs "${bundle}/Contents/*.dylib")
    foreach(lib IN LISTS dylibs)
        orgconsole_codesign("${lib}")
    endforeach()
    # 2. Qt's frameworks, each as a whole.
    file(GLOB frameworks LIST_DIRECTORIES true "${bundle}/Contents/Frameworks/*.framework")
    foreach(framework IN LISTS frameworks)
        orgconsole_codesign("${framework}")
    endforeach()
    # 3. The helper executable, then the bundle (which seals the main executable).
    file(GLOB helpers "${bundle}/Contents/MacOS/*")
    foreach(helper IN LISTS helpers)
        if(NOT helper MATCHES "/OrgConsole$")
            orgconsole_codesign("${helper}")
        endif()
    endforeach()
    orgconsole_codesign("${bundle}")
    execute_process(COMMAND codesign --verify --strict --verbose=2 "${bundle}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign --verify failed for ${bundle}")
    endif()
    math(EXPR signed "${signed} + 1")
endforeach()
if(signed EQUAL 0)
    message(FATAL_ERROR "codesign.cmake: no OrgConsole.app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
