# Runs inside CPack (CPACK_PRE_BUILD_SCRIPTS): signs the staged bundle with the
# hardened runtime so that it can be notarised afterwards.
file(GLOB_RECURSE app_bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app")
foreach(bundle IN LISTS app_bundles)
    if(IS_DIRECTORY "${bundle}" AND bundle MATCHES "OrgConsole\\.app$")
        execute_process(
            COMMAND codesign --force --deep --options runtime --timestamp
                    --entitlements "${CMAKE_CURRENT_LIST_DIR}/entitlements.plist"
                    --sign "$ENV{ORGCONSOLE_CODESIGN_IDENTITY}" "${bundle}"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "codesign failed for ${bundle}")
        endif()
    endif()
endforeach()
