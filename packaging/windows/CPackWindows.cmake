# Windows installers: NSIS (default) and WiX. Qt's libraries, plugins and
# QtKeychain's Windows (Credential Manager) backend are copied next to the
# executables by the deploy script generated in app/gui (qt_generate_deploy_app_script).
set(CPACK_PACKAGE_NAME "OrgConsole")
set(CPACK_PACKAGE_VENDOR "The OrgConsole authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for Auth0 Organizations")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OrgConsole")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_EXECUTABLES "orgconsole" "OrgConsole")
set(CPACK_CREATE_DESKTOP_LINKS "orgconsole")

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "NSIS;WIX")
endif()

# NSIS: Start-menu entry, uninstaller (CPack's default), upgrade in place.
set(CPACK_NSIS_DISPLAY_NAME "OrgConsole")
set(CPACK_NSIS_PACKAGE_NAME "OrgConsole ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_BINARY_DIR}/packaging/orgconsole.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_BINARY_DIR}/packaging/orgconsole.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\orgconsole.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MENU_LINKS "bin/orgconsole.exe" "OrgConsole" "bin/orgconsole.exe --demo" "OrgConsole (demo tenant)")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")

# WiX: a fixed upgrade code lets a new MSI replace an older one.
set(CPACK_WIX_UPGRADE_GUID "6C1F2E0B-7A57-4C3B-9E6B-2B1C8A0D5E41")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_BINARY_DIR}/packaging/orgconsole.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "OrgConsole")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/license.rtf")

include(CPack)
