# CPack settings for the Linux packages (DEB and RPM).
set(CPACK_PACKAGE_NAME "orgconsole")
set(CPACK_PACKAGE_VENDOR "The OrgConsole authors")
set(CPACK_PACKAGE_CONTACT "OrgConsole maintainers <maintainers@orgconsole.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for Auth0 Organizations")
set(CPACK_PACKAGE_DESCRIPTION
    "OrgConsole is a native desktop console for Auth0 Organizations: add members, invite users, assign and \
remove member roles, with bulk changes paced under Auth0's rate limits and secrets kept in the system keychain. \
It includes orgconsole-sandbox, a local emulator of the Auth0 Management API.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_STRIP_FILES ON)

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB;RPM")
endif()

# Debian: library dependencies are found by dpkg-shlibdeps; what is loaded at
# run time (libsecret, a Secret Service, the SVG plugins) is named by hand.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0, gnome-keyring | kwalletmanager, qt6-translations-l10n")

# RPM
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_SUGGESTS "libsecret, gnome-keyring")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor)

include(CPack)
