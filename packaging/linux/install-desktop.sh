#!/bin/sh
# Register Strategie-Editor with the desktop of the current user (no root needed):
# launcher entry, file type *.strategie (double click opens the editor), icons, AppStream data.
#
#     packaging/linux/install-desktop.sh PROGRAM [DATA_HOME]
#     packaging/linux/install-desktop.sh --uninstall [DATA_HOME]
#
# PROGRAM is the absolute path of the program the launcher starts (the installed
# strategie-editor script, or the frozen build's strategie-editor). DATA_HOME defaults to
# $XDG_DATA_HOME or ~/.local/share. `make install-desktop` calls this with the .venv's script.
set -eu
ID=de.oberhausen.StrategieEditor
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS=$(cd "$HERE/../../resources/icons/app" && pwd)

if [ "${1:-}" = "--uninstall" ]; then
    DATA=${2:-${XDG_DATA_HOME:-$HOME/.local/share}}
    rm -f "$DATA/applications/$ID.desktop" "$DATA/mime/packages/$ID.xml" "$DATA/metainfo/$ID.metainfo.xml"
    rm -f "$DATA"/icons/hicolor/*/apps/"$ID".png "$DATA/icons/hicolor/scalable/apps/$ID.svg"
else
    PROGRAM=${1:?Aufruf: install-desktop.sh PROGRAMM [DATENORDNER]}
    DATA=${2:-${XDG_DATA_HOME:-$HOME/.local/share}}
    case "$PROGRAM" in
        /*) ;;
        *) echo "install-desktop.sh: bitte den absoluten Pfad des Programms angeben" >&2; exit 2 ;;
    esac
    case "$PROGRAM" in
        *[\"\`\$\\%]*) echo "install-desktop.sh: der Pfad enthält \", \`, \$, \\ oder %; bitte ohne diese Zeichen installieren" >&2; exit 2 ;;
    esac
    if [ ! -x "$PROGRAM" ]; then
        echo "install-desktop.sh: $PROGRAM ist kein ausführbares Programm" >&2
        exit 2
    fi
    mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
    # The launcher runs exactly this program (quoted as the Desktop Entry spec asks).
    ESCAPED=$(printf '%s' "$PROGRAM" | sed 's/[|&]/\\&/g')  # for sed's replacement text
    sed -e "s|^Exec=.*|Exec=\"$ESCAPED\" %f|" -e "s|^TryExec=.*|TryExec=$ESCAPED|" \
        "$HERE/$ID.desktop" > "$DATA/applications/$ID.desktop"
    cp "$HERE/$ID.xml" "$DATA/mime/packages/$ID.xml"
    cp "$HERE/$ID.metainfo.xml" "$DATA/metainfo/$ID.metainfo.xml"
    for size in 16 24 32 48 64 128 256; do
        mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
        cp "$ICONS/strategie-editor-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
    done
    cp "$ICONS/strategie-editor.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
fi

# Refresh the caches where the tools exist (a desktop without them reads the files directly).
if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime" >/dev/null 2>&1 || true; fi
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications" || true; fi
# No gtk-update-icon-cache here: a cache in the user's own icon folder would hide icons other
# programs add there later.
if [ "${1:-}" = "--uninstall" ]; then
    echo "Strategie-Editor aus dem Desktop entfernt ($DATA)."
else
    echo "Strategie-Editor im Desktop eingetragen ($DATA): Startmenü, *.strategie per Doppelklick, Symbol."
fi
