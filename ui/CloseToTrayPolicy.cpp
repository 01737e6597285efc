#include "CloseToTrayPolicy.h"

#include <QSettings>

namespace hoist::ui {

using namespace Qt::StringLiterals;

CloseToTrayPolicy::Action CloseToTrayPolicy::decide(bool trayAvailable, bool uploadsRunning,
                                                    bool quitRequested)
{
    if (trayAvailable && uploadsRunning && !quitRequested)
        return Action::HideToTray;
    return Action::Close;
}

bool CloseToTrayPolicy::hintPending()
{
    return !QSettings().value(u"tray/hintShown"_s, false).toBool();
}

void CloseToTrayPolicy::markHintShown()
{
    QSettings().setValue(u"tray/hintShown"_s, true);
}

} // namespace hoist::ui
