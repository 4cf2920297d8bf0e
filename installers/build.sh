#!/usr/bin/env bash
# Builds the desktop app's installers with jpackage, each with its own trimmed Java runtime:
#   installers/build.sh [TYPE...]
# TYPE is app-image, deb, rpm (Linux), msi (Windows, needs WiX) or dmg (macOS); without one, every
# type this system can build. Needs JAVA_HOME pointing at a JDK 25 (.ci/chat installers sets it),
# and on Linux xvfb-run, to train the app's startup AOT cache (startup-archive.sh).
# Output: installers/target/dist/. The options live in installers/jpackage/: app.args and image.args
# for every system, and one folder per system (image.args, package.args, <type>.args, the
# chat-server launcher, and on Linux the package scripts and the systemd unit in resources/).
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "build.sh: $*" >&2; exit 1; }

[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] \
  || die "JAVA_HOME must point at a JDK 25 with jpackage (or run .ci/chat installers)."

case "$(uname -s)" in
  Linux) os=linux; default_types=(app-image deb); command -v rpmbuild >/dev/null && default_types+=(rpm) ;;
  Darwin) os=mac; default_types=(app-image dmg) ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; default_types=(app-image msi) ;;
  *) die "unsupported system: $(uname -s)" ;;
esac
types=("$@")
[ ${#types[@]} -gt 0 ] || types=("${default_types[@]}")

# The startup AOT cache (startup-archive.sh) holds the modification time of every jar, and the JVM
# ignores it unless the installed jars have the same: dpkg-deb sets every file's time to this one,
# and so does startup-archive.sh before it writes the cache.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}

target=installers/target
input=$target/input
dist=$target/dist

# The JDK modules the app and the server use: found with jdeps, plus what the JavaFX jars (on the
# class path) require, such as java.scripting for FXML. D-Bus notifications need jdk.net (Unix
# socket credentials) and jdk.security.auth (the user id for the bus's EXTERNAL sign-in).
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.management,jdk.net,jdk.security.auth,jdk.unsupported

echo "== building the jars"
# The runnable app that .ci/chat app starts too (client-desktop's app profile): its jar and every
# jar it needs at run time, in client-desktop/target/app.
rm -rf "$input" client-desktop/target/app
mkdir -p "$target"
# The app ships the colour emoji font for computers without one; the build copies it from here.
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] \
  || die "The colour emoji font the app bundles is missing (apt-get install fonts-noto-color-emoji)."
mvn -B -q -Dstyle.color=never -DskipTests -pl client-desktop -am package -Papp
cp -Rp client-desktop/target/app "$input"
if [ "$os" = linux ]; then
  # sqlite-jdbc carries its native library for every system (11 MB of its 12); a Linux package
  # needs only this machine's. The jar finds the one it needs by the same folder names.
  command -v zip >/dev/null && command -v unzip >/dev/null \
    || die "zip and unzip are needed to trim sqlite-jdbc (apt-get install zip unzip)."
  command -v xvfb-run >/dev/null \
    || die "xvfb-run is needed to train the startup AOT cache (apt-get install xvfb xauth)."
  arch=$(uname -m)
  for jar in "$input"/sqlite-jdbc-*.jar; do
    unzip -Z1 "$jar" | grep '^org/sqlite/native/.' | grep -v -e '/$' -e "^org/sqlite/native/Linux/$arch/" \
      | zip -q -d "$jar" -@
  done
fi
main_jar=$(cd "$input" && ls client-desktop-*.jar)
# jpackage wants a numeric version: the POM's, without -SNAPSHOT.
pom_version=${main_jar#client-desktop-}
pom_version=${pom_version%.jar}
app_version=${pom_version%%-*}

echo "== linking the runtime"
rm -rf "$target/runtime"
# The CDS archive of the runtime's classes shortens the start; generating it needs bin/java, which
# the launchers do not use, so it goes afterwards. On Linux the launchers use the app's own AOT
# cache instead (startup-archive.sh, below), which holds these classes too.
cds=$([ "$os" = linux ] || echo --generate-cds-archive)
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  $cds --output "$target/runtime"
[ "$os" = windows ] || rm -rf "$target/runtime/bin" # on Windows bin/ holds the DLLs
# The archive for heaps over 32 GB is never used by a chat app; native debug symbols are not needed.
rm -f "$target/runtime/lib/server/classes_nocoops.jsa"
if [ "$os" = linux ] && command -v strip >/dev/null; then
  find "$target/runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi

rm -rf "$dist" "$target/image"
mkdir -p "$dist"
jpackage() { # runs jpackage with the options every type shares, and prints how long it took
  local start; start=$(date +%s)
  "$JAVA_HOME/bin/jpackage" --app-version "$app_version" @installers/jpackage/app.args "$@"
  echo "   done in $(($(date +%s) - start)) s"
}

echo "== jpackage --type app-image"
jpackage --type app-image --dest "$target/image" --input "$input" --main-jar "$main_jar" \
  --runtime-image "$target/runtime" \
  @installers/jpackage/image.args @"installers/jpackage/$os/image.args"
app_image=$(ls -d "$target"/image/*)
if [ "$os" = linux ]; then
  installers/startup-archive.sh "$app_image"
fi
for type in "${types[@]}"; do
  if [ "$type" = app-image ]; then
    cp -Rp "$app_image" "$dist/"
    continue
  fi
  echo "== jpackage --type $type"
  resources=installers/jpackage/$os/resources
  jpackage --type "$type" --dest "$dist" --app-image "$app_image" \
    $([ -d "$resources" ] && echo --resource-dir "$resources") \
    @"installers/jpackage/$os/package.args" \
    $([ -f "installers/jpackage/$os/$type.args" ] && echo @"installers/jpackage/$os/$type.args")
done
echo "== built in $dist:"
du -sh "$dist"/* | sed 's/^/   /'
