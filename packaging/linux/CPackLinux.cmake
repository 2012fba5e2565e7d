# CPack settings for the Linux packages (DEB and RPM), built with
#   cmake --build build --target package      (both), or
#   cd build && cpack -G DEB                    (one)
# The packages hold both executables, the desktop entry, the AppStream
# metainfo and the hicolor icons; see docs/packaging.md.
set(CPACK_PACKAGE_NAME "orgconsole")
set(CPACK_PACKAGE_VENDOR "The OrgConsole authors")
set(CPACK_PACKAGE_CONTACT "OrgConsole maintainers <maintainers@orgconsole.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console for Auth0 Organizations")
# Lines under 80 columns, as Debian's extended descriptions want them; CPack
# indents each line for the DEB control file and copies them into the RPM spec.
string(CONCAT ORGCONSOLE_PACKAGE_DESCRIPTION
    "OrgConsole is a native desktop console for Auth0 Organizations: add\n"
    "members, invite users, assign and remove member roles, with bulk changes\n"
    "paced under Auth0's rate limits and secrets kept in the system keychain.\n"
    "It includes orgconsole-sandbox, a local emulator of the Auth0 Management\n"
    "API for demos and tests.")
set(CPACK_PACKAGE_DESCRIPTION "${ORGCONSOLE_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# RelWithDebInfo binaries carry their debug info; users get them stripped.
set(CPACK_STRIP_FILES ON)

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB;RPM")
endif()

# Debian: shared-library dependencies are found by dpkg-shlibdeps. What is only
# loaded at run time is named by hand: libsecret (QtKeychain dlopens it) and a
# Secret Service to talk to; Qt's own translations; the Wayland platform plugin.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# (libqt6svg6, which also holds the SVG icon-engine plugin the panes' icons
# use, and libqt6gui6 with the platform plugins come in through the libraries.)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0, gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland")

# RPM: AutoReq finds the shared-library dependencies the same way.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${ORGCONSOLE_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV ON)
# Installed under /usr only: desktop files and icons have no place elsewhere.
set(CPACK_PACKAGE_RELOCATABLE OFF)
# CPack has no variable for weak "Recommends:" (CMake issue 25276); this text
# lands in the spec's preamble, where rpmbuild reads it as a tag.
set(CPACK_RPM_SPEC_MORE_DEFINE "Recommends: libsecret\nRecommends: gnome-keyring")
# Directories the system's filesystem / hicolor-icon-theme packages own: the
# RPM must not claim them, or it conflicts with those packages.
set(_hicolor_dirs /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    list(APPEND _hicolor_dirs /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor ${_hicolor_dirs})

include(CPack)
