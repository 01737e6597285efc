# CPack: `cmake --build build/release --target package` makes a .deb and a .tar.gz.
set(CPACK_PACKAGE_NAME "hoist")
set(CPACK_PACKAGE_VENDOR "Hoist")
set(CPACK_PACKAGE_CONTACT "Hoist developers <dev@hoist.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop uploader for Procore: drag files and folders into Procore projects")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://hoist.invalid")
# Linux: .deb and .tar.gz; Windows and macOS: see installer/windows and installer/macos.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME "hoist-${PROJECT_VERSION}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Library dependencies are read off the binaries; plugins loaded at run time are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, gnome-keyring | kwalletmanager | keepassxc")
# Qt's own translations of standard buttons and dialogs (the app's are compiled in).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Desktop uploader for Procore\n Drag files and whole folders onto a window, choose a company, project and\n destination folder, and watch each file go up through Procore's direct file\n upload with its own progress bar. Includes hoist-cli and a built-in sandbox.")
# File managers (issue 18): a Dolphin service menu and a Nautilus script "Upload to Procore with
# Hoist", and an example systemd user unit for `hoist-cli watch run`.
if(UNIX AND NOT APPLE)
    include(GNUInstallDirs)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/hoist-upload.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/kio/servicemenus)
    install(PROGRAMS ${CMAKE_CURRENT_LIST_DIR}/linux/upload-to-procore-with-hoist.sh
            DESTINATION ${CMAKE_INSTALL_DATADIR}/hoist/nautilus-scripts RENAME "Upload to Procore with Hoist")
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/hoist-watch.service
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hoist/examples)
endif()
if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
endif()
include(CPack)
