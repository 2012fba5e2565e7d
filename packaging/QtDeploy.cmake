# Windows and macOS installers carry their own Qt: after install(TARGETS) of
# both executables (app/ is added before packaging/), Qt's deploy script copies
# Qt's libraries and plugins next to them (windeployqt / macdeployqt).
# Linux packages use the distribution's Qt and skip all of this.

# QtKeychain is not a Qt module, and windeployqt/macdeployqt deploy only Qt's
# own libraries: install its DLL/dylib where the executables look for it
# (bin/ beside orgconsole.exe; Contents/Frameworks, the bundle's rpath).
find_package(Qt6Keychain REQUIRED)
get_target_property(keychain_type Qt6Keychain::Qt6Keychain TYPE)
if(keychain_type STREQUAL "SHARED_LIBRARY")
    if(WIN32)
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
                LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
                LIBRARY DESTINATION OrgConsole.app/Contents/Frameworks
                FRAMEWORK DESTINATION OrgConsole.app/Contents/Frameworks)
    endif()
endif()

# The MSVC runtime (vcruntime140.dll, msvcp140.dll...) goes into bin/ too, so
# the installer works on a machine without the Visual C++ Redistributable.
if(WIN32)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

if(APPLE)
    set(deploy_executable "$<TARGET_FILE_NAME:orgconsole>.app")
    set(deploy_helper "$<TARGET_FILE_NAME:orgconsole>.app/Contents/MacOS/$<TARGET_FILE_NAME:orgconsole-sandbox>")
else()
    set(deploy_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:orgconsole>")
    set(deploy_helper "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:orgconsole-sandbox>")
endif()

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    # One deploy run covers the console and the sandbox. NO_COMPILER_RUNTIME:
    # the runtime DLLs come from InstallRequiredSystemLibraries above, rather
    # than windeployqt's vc_redist.exe that nobody would run.
    qt_generate_deploy_script(
        TARGET orgconsole
        OUTPUT_SCRIPT deploy_script
        CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${deploy_executable}\"
    ADDITIONAL_EXECUTABLES \"${deploy_helper}\"
    GENERATE_QT_CONF
    NO_COMPILER_RUNTIME
)")
else()
    # Qt 6.3/6.4: the console only. The sandbox needs a subset of its Qt
    # modules and finds them in the same bin/ (Windows) or, through its
    # rpath, in the bundle's Frameworks (macOS).
    qt_generate_deploy_app_script(TARGET orgconsole FILENAME_VARIABLE deploy_script)
endif()
install(SCRIPT ${deploy_script})
