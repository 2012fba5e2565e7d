# macOS: OrgConsole.app (MACOSX_BUNDLE, Info.plist from Info.plist.in, icon in
# Contents/Resources) with orgconsole-sandbox in Contents/MacOS, Qt's frameworks
# and plugins deployed into it by packaging/QtDeploy.cmake (macdeployqt under
# the hood), then a DragNDrop DMG with an /Applications link:
#   cmake --build build --target package
# With -DORGCONSOLE_CODESIGN_IDENTITY="Developer ID Application: ..." every
# binary in the staged bundle is signed with the hardened runtime before the
# DMG is made; packaging/macos/sign-and-notarize.sh then signs, notarises and
# staples the DMG itself.
set(CPACK_PACKAGE_NAME "OrgConsole")
set(CPACK_PACKAGE_VENDOR "The OrgConsole authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for Auth0 Organizations")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DragNDrop")
endif()
set(CPACK_DMG_VOLUME_NAME "OrgConsole ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# No click-through license agreement on the DMG (CMP0133's NEW behaviour; the
# old SLA resource tooling is deprecated by Apple): the MIT license needs no acceptance.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

set(ORGCONSOLE_CODESIGN_IDENTITY "" CACHE STRING "Developer ID Application identity for codesign; empty skips signing")
if(ORGCONSOLE_CODESIGN_IDENTITY)
    # CPack runs these scripts after staging the install tree, before the DMG
    # is made. Only CPACK_* variables reach them, hence the prefixed copies.
    set(CPACK_ORGCONSOLE_CODESIGN_IDENTITY "${ORGCONSOLE_CODESIGN_IDENTITY}")
    set(CPACK_ORGCONSOLE_ENTITLEMENTS "${CMAKE_CURRENT_LIST_DIR}/entitlements.plist")
    set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/codesign.cmake")
endif()

include(CPack)
