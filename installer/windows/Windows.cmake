# Windows: `cmake --build build/release --target package` makes an NSIS installer (Hoist-<version>-win64.exe)
# and a .zip. windeployqt (through Qt's deploy script) copies the Qt DLLs, plugins (platforms,
# styles, tls, sqldrivers, imageformats, iconengines) and Qt's translations next to hoist.exe at
# install time. Steps and prerequisites: installer/windows/README.md.
qt_generate_deploy_app_script(TARGET hoist FILENAME_VARIABLE hoist_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${hoist_deploy_script})
# qtkeychain and OpenSSL are not Qt modules: copy their DLLs from HOIST_RUNTIME_DLL_DIR.
set(HOIST_RUNTIME_DLL_DIR "" CACHE PATH "Folder holding the qt6keychain, libssl and libcrypto DLLs to ship")
install(CODE "
    file(GLOB hoist_extra_dlls \"${HOIST_RUNTIME_DLL_DIR}/qt6keychain*.dll\" \"${HOIST_RUNTIME_DLL_DIR}/libssl*.dll\"
        \"${HOIST_RUNTIME_DLL_DIR}/libcrypto*.dll\")
    if(hoist_extra_dlls)
        file(INSTALL \${hoist_extra_dlls} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
    endif()
")

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
# Start menu entry and a Desktop shortcut for hoist.exe; hoist-cli.exe stays in the install folder.
# Send To › "Upload to Procore with Hoist": Explorer passes the selected files to hoist.exe, which
# hands them to a running window (one instance) or opens one with them.
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$DESKTOP\\\\Hoist.lnk' '$INSTDIR\\\\bin\\\\hoist.exe'
    CreateShortCut '$SENDTO\\\\Upload to Procore with Hoist.lnk' '$INSTDIR\\\\bin\\\\hoist.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\Hoist.lnk'
    Delete '$SENDTO\\\\Upload to Procore with Hoist.lnk'")
