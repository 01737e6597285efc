# Windows: `cmake --build build/release --target package` makes an NSIS installer (Hoist-<version>-win64.exe)
# and a .zip. windeployqt (through Qt's deploy script) copies the Qt DLLs, plugins (platforms,
# styles, tls, sqldrivers, imageformats, iconengines) and Qt's translations next to hoist.exe at
# install time. Steps and prerequisites: installer/windows/README.md.
# hoist-cli.exe is deployed with it (it needs no module hoist.exe lacks, but says so itself).
qt_generate_deploy_script(TARGET hoist FILENAME_VARIABLE hoist_deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE bin/$<TARGET_FILE_NAME:hoist>
    ADDITIONAL_EXECUTABLES bin/$<TARGET_FILE_NAME:hoist-cli>
    GENERATE_QT_CONF)
")
install(SCRIPT ${hoist_deploy_script})
# Paths over 260 characters and UTF-8 arguments (the manifest says which).
target_sources(hoist PRIVATE ${CMAKE_CURRENT_LIST_DIR}/hoist.manifest)
target_sources(hoist-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/hoist.manifest)
# qtkeychain, OpenSSL and cpp-httplib's helpers are not Qt modules: copy their DLLs from the
# folders in HOIST_RUNTIME_DLL_DIR (a list: vcpkg's bin, qtkeychain's bin).
set(HOIST_RUNTIME_DLL_DIR "" CACHE STRING "Folders holding the qt6keychain, libssl and libcrypto DLLs to ship")
foreach(dir IN LISTS HOIST_RUNTIME_DLL_DIR)
    install(CODE "
        file(GLOB hoist_extra_dlls \"${dir}/qt6keychain*.dll\" \"${dir}/libssl*.dll\" \"${dir}/libcrypto*.dll\"
            \"${dir}/zlib*.dll\" \"${dir}/brotli*.dll\")
        if(hoist_extra_dlls)
            file(INSTALL \${hoist_extra_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
        endif()
    ")
endforeach()

# A per-user install, without administrator rights (into %LOCALAPPDATA%\Programs\Hoist, the
# registry under HKEY_CURRENT_USER): CMake's own NSIS template, asked for the user's rights,
# folders and registry instead of the machine's.
file(READ "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in" hoist_nsis)
string(REPLACE "RequestExecutionLevel admin" "RequestExecutionLevel user" hoist_nsis "${hoist_nsis}")
string(REPLACE "SetShellVarContext all" "SetShellVarContext current" hoist_nsis "${hoist_nsis}")
string(REPLACE "HKLM \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall"
    "SHCTX \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" hoist_nsis "${hoist_nsis}")
file(WRITE "${CMAKE_BINARY_DIR}/nsis-per-user/NSIS.template.in" "${hoist_nsis}")
list(PREPEND CMAKE_MODULE_PATH "${CMAKE_BINARY_DIR}/nsis-per-user")
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Hoist")
set(CPACK_PACKAGE_FILE_NAME "Hoist-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_EXECUTABLES "hoist;Hoist")
set(CPACK_NSIS_DISPLAY_NAME "Hoist")
set(CPACK_NSIS_PACKAGE_NAME "Hoist ${PROJECT_VERSION}")
set(CPACK_NSIS_PUBLISHER "Hoist")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\hoist.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "hoist.exe")
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/hoist.ico")
    set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/hoist.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/hoist.ico")
endif()
# Explorer's context menu "Upload with Hoist" on files and folders (the user's own file classes).
set(hoist_verbs "Software\\\\Classes\\\\*\\\\shell\\\\HoistUpload"
    "Software\\\\Classes\\\\Directory\\\\shell\\\\HoistUpload")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "")
foreach(key IN LISTS hoist_verbs)
    string(APPEND CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCU '${key}' '' 'Upload with Hoist'
    WriteRegStr HKCU '${key}' 'Icon' '$INSTDIR\\\\bin\\\\hoist.exe'
    WriteRegStr HKCU '${key}\\\\command' '' '\"$INSTDIR\\\\bin\\\\hoist.exe\" \"%1\"'")
    string(APPEND CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCU '${key}'")
endforeach()
# Start menu entry and a Desktop shortcut for hoist.exe; hoist-cli.exe stays in the install folder.
# Send To › "Upload to Procore with Hoist": Explorer passes the selected files to hoist.exe, which
# hands them to a running window (one instance) or opens one with them.
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$DESKTOP\\\\Hoist.lnk' '$INSTDIR\\\\bin\\\\hoist.exe'
    CreateShortCut '$SENDTO\\\\Upload to Procore with Hoist.lnk' '$INSTDIR\\\\bin\\\\hoist.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\Hoist.lnk'
    Delete '$SENDTO\\\\Upload to Procore with Hoist.lnk'")
