#!/usr/bin/env bash
# Creates the app's ahead-of-time cache (JDK 25's AOT cache, the successor of the class-data
# archive), which both Linux launchers map at start (-XX:AOTCache=$APPDIR/startup.aot in
# installers/jpackage/linux/): the classes of the runtime and the jars that the app uses until its
# first window is usable, already loaded and linked, with the method profiles of that start.
#   installers/startup-archive.sh APP_IMAGE   (called by build.sh; needs xvfb-run)
# A training run starts the app as a user does, under Xvfb, with folders of its own, and quits once
# its first window is usable (CHAT_STARTUP_REPORT=exit, chat.client.app.StartupReport); the JVM
# records what it loaded (-XX:AOTMode=record). A second run writes the cache from that record
# (-XX:AOTMode=create), and a --self-test with -XX:AOTMode=on, which refuses to start unless the
# cache maps, checks it.
set -euo pipefail
app_image=$1
cache=$app_image/lib/app/startup.aot
options=$app_image/lib/app/Chat.cfg
work=$(mktemp -d)
restore() { # the launcher's options, which the training run goes without
  [ ! -f "$work/Chat.cfg" ] || cp -p "$work/Chat.cfg" "$options"
  rm -rf "$work"
}
trap restore EXIT

die() { echo "startup-archive.sh: $*" >&2; exit 1; }
command -v xvfb-run >/dev/null \
  || die "xvfb-run is needed to train the startup cache (apt-get install xvfb xauth)."

echo "== training the startup AOT cache"
# The cache records each jar's modification time and is ignored where an installed jar's differs;
# the packages give every file the build's SOURCE_DATE_EPOCH (set by build.sh), so the jars get it
# here too.
find "$app_image/lib/app" -name '*.jar' -exec touch -d "@${SOURCE_DATE_EPOCH:?}" {} +

# A recording JVM refuses to start with -XX:AOTCache, which the launcher's options hold: the
# training run goes without that line. The jpackage launcher ignores JDK_JAVA_OPTIONS; the JVM
# itself reads _JAVA_OPTIONS.
cp -p "$options" "$work/Chat.cfg"
grep -v -e '-XX:AOTCache=' "$work/Chat.cfg" >"$options"
CHAT_STARTUP_REPORT=exit \
  _JAVA_OPTIONS="-Dprism.order=sw -Dchat.discovery=off -Dchat.home=$work/app -XX:AOTMode=record -XX:AOTConfiguration=$work/startup.aotconf" \
  timeout 150 xvfb-run -a "$app_image/bin/Chat" >"$work/training" 2>&1 \
  || { cat "$work/training" >&2; die "the training run failed"; }
cp -p "$work/Chat.cfg" "$options"

# The launcher's -XX:AOTCache names the file to write.
_JAVA_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/startup.aotconf" \
  "$app_image/bin/Chat" >"$work/create" 2>&1 \
  || { cat "$work/create" >&2; die "no cache was written"; }
[ -s "$cache" ] || { cat "$work/create" >&2; die "no cache was written"; }

_JAVA_OPTIONS="-Dprism.order=sw -XX:AOTMode=on" \
  timeout 150 xvfb-run -a "$app_image/bin/Chat" --self-test >"$work/check" 2>&1 \
  || { cat "$work/check" >&2; die "the app does not start with the cache"; }
echo "   $(du -h "$cache" | cut -f1) cache; $(grep -o 'first window shown.*' "$work/check")"
