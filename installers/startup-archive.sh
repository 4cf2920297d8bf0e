#!/usr/bin/env bash
# Creates the app's class-data (CDS) archive, which both Linux launchers map at start
# (-XX:SharedArchiveFile=$APPDIR/startup.jsa in installers/jpackage/linux/): the classes of the
# runtime and the jars that the app loads until its first window shows, already parsed and
# verified. It takes the first window from about 1.6 s to 1.1 s on a 2-core machine.
#   installers/startup-archive.sh APP_IMAGE   (called by build.sh; needs xvfb-run)
# A training run of the app's --self-test under Xvfb lists the classes it loads; the list is cut
# where the self-test starts its server, which it does only once the window has shown.
set -euo pipefail
app_image=$1
archive=$app_image/lib/app/startup.jsa
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

die() { echo "startup-archive.sh: $*" >&2; exit 1; }
command -v xvfb-run >/dev/null \
  || die "xvfb-run is needed to train the class-data archive (apt-get install xvfb xauth)."

echo "== training the startup class-data archive"
# The jpackage launcher ignores JDK_JAVA_OPTIONS; the JVM itself reads _JAVA_OPTIONS. The archive
# named in the launcher's options does not exist yet, so this run goes without one.
_JAVA_OPTIONS="-Dprism.order=sw -XX:DumpLoadedClassList=$work/all.classlist" \
  timeout 150 xvfb-run -a "$app_image/bin/Chat" --self-test >"$work/training" 2>&1 \
  || { cat "$work/training" >&2; die "the training run failed"; }
sed '/^chat\/server\/ServerConfig /,$d' "$work/all.classlist" >"$work/startup.classlist"

# The archive records each jar's modification time; the packages give every file the build's
# SOURCE_DATE_EPOCH (set by build.sh), so the jars get it here too.
find "$app_image/lib/app" -name '*.jar' -exec touch -d "@${SOURCE_DATE_EPOCH:?}" {} +
# After dumping, this JVM goes on to run the app's main class in a state that cannot launch
# JavaFX, and fails: its exit status says nothing about the archive, which the next step checks.
_JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$work/startup.classlist -XX:SharedArchiveFile=$archive" \
  "$app_image/bin/Chat" >"$work/dump" 2>&1 || true
[ -s "$archive" ] || { cat "$work/dump" >&2; die "no archive was written"; }

# -Xshare:on refuses to start unless the archive maps.
_JAVA_OPTIONS="-Dprism.order=sw -Xshare:on" \
  timeout 150 xvfb-run -a "$app_image/bin/Chat" --self-test >"$work/check" 2>&1 \
  || { cat "$work/check" >&2; die "the app does not start with the archive"; }
echo "   $(du -h "$archive" | cut -f1) archive; $(grep -o 'first window shown.*' "$work/check")"
