#!/usr/bin/env bash
# Install the one-folder build on a Linux PC: the program, its menu entry and icon, the
# relate:// link handler and the AppStream metadata.
#
#   packaging/linux/install.sh [--prefix DIR] [--build DIR]    install (or upgrade)
#   packaging/linux/install.sh [--prefix DIR] --uninstall      remove the program again
#
# --prefix: /usr/local when run as root, ~/.local otherwise. --build: dist/relate-desktop.
# The shop's data (~/.local/share/Relate and the other folders Help → About shows) is never
# touched, and neither is a portable data/ folder beside the program.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/dist/relate-desktop"
prefix=""
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
fi

lib="$prefix/lib/relate-desktop"
bin="$prefix/bin/relate-desktop"
apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"
icon="$icons/scalable/apps/relate.svg"
metainfo="$prefix/share/metainfo/io.relate.Desktop.metainfo.xml"

refresh() {
  # So the menu shows the entry and icon, and relate:// links find the program.
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$apps" || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$icons" || true; fi
}

keep_portable_data() {  # $1: from folder, $2: to folder
  for kept in data portable; do
    if [ -e "$1/$kept" ]; then mv "$1/$kept" "$2/$kept"; fi
  done
}

if [ "$action" = uninstall ]; then
  rm -f "$bin" "$apps/relate-desktop.desktop" "$icon" "$metainfo"
  if [ -d "$lib" ]; then
    if [ -e "$lib/data" ]; then
      # A portable install keeps its shop's data beside the program: leave it there.
      find "$lib" -mindepth 1 -maxdepth 1 ! -name data ! -name portable -exec rm -rf {} +
      echo "Kept the shop's data in $lib/data."
    else
      rm -rf "$lib"
    fi
  fi
  refresh
  echo "Removed Relate from $prefix. The shop's data was left where it is."
  exit 0
fi

if [ ! -x "$build/relate-desktop" ]; then
  echo "install.sh: no built program in $build (run \"make build\" first)" >&2
  exit 1
fi
# Never install a build that cannot store a remark.
"$build/relate-desktop" --self-check

mkdir -p "$prefix/lib" "$prefix/bin" "$apps" "$(dirname "$icon")" "$(dirname "$metainfo")"
# Copy beside the old version, then swap: a failed copy leaves the old one working.
rm -rf "$lib.new"
cp -a "$build" "$lib.new"
if [ -d "$lib" ]; then keep_portable_data "$lib" "$lib.new"; fi
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sfn "$lib/relate-desktop" "$bin"
# The menu entry names the program by its full path: $prefix/bin may not be on PATH.
sed -e "s|^Exec=relate-desktop|Exec=$bin|" -e "s|^TryExec=relate-desktop|TryExec=$bin|" \
  "$here/../relate-desktop.desktop" > "$apps/relate-desktop.desktop"
chmod 644 "$apps/relate-desktop.desktop"
install -m 644 "$root/resources/icons/relate.svg" "$icon"
install -m 644 "$here/io.relate.Desktop.metainfo.xml" "$metainfo"
refresh
echo "Installed Relate $("$bin" --version | awk '{print $2}') into $prefix; start it from the menu or with $bin"
