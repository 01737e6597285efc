# macOS: `cmake --build build/release --target package` makes Hoist-<version>.dmg holding Hoist.app
# (hoist-cli inside it, in Contents/MacOS). macdeployqt (through Qt's deploy script) copies the Qt
# frameworks and plugins into the bundle at install time. Steps: installer/macos/README.md.
set_target_properties(hoist PROPERTIES
    OUTPUT_NAME Hoist
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER org.hoist.Hoist
    MACOSX_BUNDLE_BUNDLE_NAME Hoist
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE hoist.icns)
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/hoist.icns")
    target_sources(hoist PRIVATE ${CMAKE_CURRENT_LIST_DIR}/hoist.icns)
    set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/hoist.icns PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()
# hoist-cli goes inside the bundle, next to the app's executable, and macdeployqt deploys it too
# (-executable=): its library paths then point into the bundle's Frameworks, not at Homebrew's.
install(TARGETS hoist-cli RUNTIME DESTINATION Hoist.app/Contents/MacOS)
qt_generate_deploy_script(TARGET hoist FILENAME_VARIABLE hoist_deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE Hoist.app
    ADDITIONAL_EXECUTABLES Hoist.app/Contents/MacOS/hoist-cli
    GENERATE_QT_CONF)
")
install(SCRIPT ${hoist_deploy_script})

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "Hoist-${PROJECT_VERSION}")
set(CPACK_DMG_VOLUME_NAME "Hoist")
set(CPACK_DMG_FORMAT "UDZO")
