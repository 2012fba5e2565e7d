# Windows installers: NSIS (.exe) and WiX (.msi), built with
#   cmake --build build --target package
# Qt's libraries and plugins, QtKeychain's DLL (Credential Manager backend) and
# the MSVC runtime are installed next to the executables by packaging/QtDeploy.cmake,
# so both installers carry everything orgconsole.exe loads.
set(CPACK_PACKAGE_NAME "OrgConsole")
set(CPACK_PACKAGE_VENDOR "The OrgConsole authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for Auth0 Organizations")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "OrgConsole")
# The uninstall registry key defaults to "<name> <version>", under which an
# installer never sees an older version: a fixed key lets NSIS find and remove
# the previous installation before upgrading (see below).
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "OrgConsole")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# One Start-menu shortcut, "OrgConsole", to bin/orgconsole.exe (both generators).
set(CPACK_PACKAGE_EXECUTABLES "orgconsole" "OrgConsole")

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "NSIS;WIX")
endif()

# NSIS: Start-menu folder with the app, a demo-tenant shortcut and the
# uninstaller; an entry in Apps & features with icon, version and publisher.
set(CPACK_NSIS_DISPLAY_NAME "OrgConsole")
set(CPACK_NSIS_PACKAGE_NAME "OrgConsole ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_BINARY_DIR}/packaging/orgconsole.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_BINARY_DIR}/packaging/orgconsole.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\orgconsole.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "https://github.com/orgconsole/orgconsole/issues")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
# No "Run OrgConsole" on the finish page: it would start the app elevated,
# with the installer's administrator rights.
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Upgrade: the installer finds the previous version under the fixed registry
# key and offers to uninstall it first, so files of the old Qt don't linger.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# CPACK_NSIS_MENU_LINKS cannot pass arguments, so the demo shortcut is written
# in NSIS itself ($STARTMENU_FOLDER is the folder the user picked).
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\OrgConsole (demo tenant).lnk' '$INSTDIR\\\\bin\\\\orgconsole.exe' '--demo' '$INSTDIR\\\\bin\\\\orgconsole.exe' 0")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
    "Delete '$SMPROGRAMS\\\\$MUI_TEMP\\\\OrgConsole (demo tenant).lnk'")

# WiX: a fixed upgrade code lets a new MSI replace an older one (MajorUpgrade).
set(CPACK_WIX_UPGRADE_GUID "6C1F2E0B-7A57-4C3B-9E6B-2B1C8A0D5E41")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_BINARY_DIR}/packaging/orgconsole.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "OrgConsole")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_LIST_DIR}/license.rtf")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
# WiX 3 is gone from GitHub's current Windows images; CMake >= 3.30 drives the
# WiX .NET tool (`dotnet tool install --global wix`) instead. Override with
# -DORGCONSOLE_WIX_VERSION=3 where only WiX 3 is installed.
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.30)
    set(ORGCONSOLE_WIX_VERSION 4 CACHE STRING "WiX toolset CPack drives: 3 (candle/light) or 4 (wix .NET tool, 4.x/5.x)")
else()
    set(ORGCONSOLE_WIX_VERSION 3 CACHE STRING "WiX toolset CPack drives: 3 (candle/light)")
endif()
# CPack's default template loads the UI extension itself; it must be installed
# (`wix extension add --global WixToolset.UI.wixext/<wix version>`).
set(CPACK_WIX_VERSION ${ORGCONSOLE_WIX_VERSION})

include(CPack)
