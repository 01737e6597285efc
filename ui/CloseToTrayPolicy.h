#pragma once

namespace hoist::ui {

// What closing the window does. With a system tray and uploads running, the window hides to the
// tray and the uploads go on; otherwise the window's own close prompt decides (it never drops a
// queue silently). Quit (menu, tray, Ctrl+Q) always goes to that prompt.
class CloseToTrayPolicy
{
public:
    enum class Action { Close, HideToTray };

    static Action decide(bool trayAvailable, bool uploadsRunning, bool quitRequested);

    // The first hide to the tray explains itself once; true until markHintShown() was called
    // (kept in QSettings under "tray/hintShown").
    static bool hintPending();
    static void markHintShown();
};

} // namespace hoist::ui
