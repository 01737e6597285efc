#!/bin/sh
# Nautilus script "Upload to Procore with Hoist": Nautilus runs it in the folder shown, with the
# selected files and folders as arguments. hoist hands them to the running window (or opens one),
# which adds them as a drop would. Nautilus reads scripts from ~/.local/share/nautilus/scripts;
# the .deb installs this one under /usr/share/hoist/nautilus-scripts, and
#   mkdir -p ~/.local/share/nautilus/scripts
#   ln -s "/usr/share/hoist/nautilus-scripts/Upload to Procore with Hoist" ~/.local/share/nautilus/scripts/
# puts it in the right-click menu (Scripts).
exec hoist -- "$@"
