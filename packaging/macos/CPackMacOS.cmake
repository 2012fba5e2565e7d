# macOS: OrgConsole.app (MACOSX_BUNDLE, Info.plist from Info.plist.in), Qt
# frameworks deployed into it by the generated deploy script (macdeployqt
# under the hood), then a DragNDrop DMG. Signing and notarisation run from
# packaging/macos/sign-and-notarize.sh when a signing identity is configured.
set(CPACK_PACKAGE_NAME "OrgConsole")
set(CPACK_PACKAGE_VENDOR "The OrgConsole authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DragNDrop")
endif()
set(CPACK_DMG_VOLUME_NAME "OrgConsole ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")

# Hook for codesign: CPack runs these scripts after staging, before the DMG is made.
set(ORGCONSOLE_CODESIGN_IDENTITY "" CACHE STRING "Developer ID Application identity; empty skips signing")
if(ORGCONSOLE_CODESIGN_IDENTITY)
    set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/codesign.cmake")
endif()

include(CPack)
