#!/usr/bin/env bash
# The installer test, as root on a Debian-like machine (.ci/chat installer-test runs it):
#   1. installs the tools it lacks (Xvfb, fakeroot, rpm, the GTK libraries),
#   2. builds the app image, the .deb and the .rpm (installers/build.sh),
#   3. installs the .deb with apt-get and checks what it put where (launchers, systemd unit, user,
#      data folder, menu entry, declared dependencies),
#   4. runs the installed app's --self-test under Xvfb (first window, embedded server, a message
#      sent and received), with its startup AOT cache mapped,
#   5. starts the installed headless server as the unprivileged chat user and waits for /readyz,
#   6. removes the package (data and user stay), purges it (they go) and checks that nothing of it
#      is left,
#   7. checks the .rpm's contents and scripts (it is not installed here).
# Prints the run time, the installer sizes and the first-window time; exits non-zero on any
# failed step. Needs JAVA_HOME pointing at a JDK 25 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
package=chat
unit=/lib/systemd/system/chat-chat-server.service
dist=installers/target/dist
work=$(mktemp -d)
server_pid=

step() { echo "== $*"; }
fail() { echo "installer test: FAILED: $*" >&2; exit 1; }
check() { # check DESCRIPTION COMMAND...: runs the command, failing the test with DESCRIPTION
  local what=$1; shift
  "$@" >/dev/null 2>&1 || fail "$what"
}
installed() { dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; }

stop_server() { # runuser waits for the server: stop both, the server first
  if [ -n "$server_pid" ]; then
    kill -TERM $(pgrep -P "$server_pid") "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}

cleanup() {
  local status=$?
  stop_server
  if [ $status -ne 0 ] && dpkg-query -W "$package" >/dev/null 2>&1; then
    echo "== purging the package after the failure"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" </dev/null >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "run it as root: it installs and removes a package"
command -v apt-get >/dev/null || fail "it needs apt-get (Debian, Ubuntu)"
[ -n "${JAVA_HOME:-}" ] || fail "JAVA_HOME must point at a JDK 25 (or run .ci/chat installer-test)"
if dpkg-query -W "$package" >/dev/null 2>&1; then
  fail "the $package package is already on this machine: apt-get purge $package first"
fi

step "tools"
tools=(fonts-noto-color-emoji xvfb xauth fakeroot rpm binutils curl zip unzip libgtk-3-0 libxtst6 libgl1)
missing=()
for tool in "${tools[@]}"; do
  dpkg -s "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
# The package lists are needed anyway: apt-get resolves the .deb's dependencies from them.
apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
fi

step "building the installers"
# Packed with zstd rather than dpkg-deb's default xz: the same files in a minute less (xz spends it
# compressing 200 MB); `.ci/chat installers` keeps xz, which older dpkg versions can all read.
export DPKG_DEB_COMPRESSOR_TYPE=zstd
build_started=$(date +%s)
installers/build.sh app-image deb rpm
build_seconds=$(($(date +%s) - build_started))
deb=$(ls "$dist"/${package}_*.deb)
rpm_file=$(ls "$dist"/${package}-*.rpm)

step "installing $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" </dev/null >/dev/null
check "the package is not installed" installed
dpkg -L "$package" >"$work/files"
check "no app launcher /opt/chat/bin/Chat" test -x /opt/chat/bin/Chat
check "no server launcher /opt/chat/bin/chat-server" test -x /opt/chat/bin/chat-server
check "no bundled runtime" test -f /opt/chat/lib/runtime/lib/libjvm.so -o -f /opt/chat/lib/runtime/lib/server/libjvm.so
check "the unit $unit is not the package's" grep -qx "$unit" "$work/files"
check "no system user chat" getent passwd chat
[ "$(id -u chat)" -lt 1000 ] || fail "the chat user is not a system user"
[ "$(getent passwd chat | cut -d: -f7)" = /usr/sbin/nologin ] || fail "the chat user can log in"
[ "$(stat -c %U:%a /var/lib/chat)" = chat:750 ] || fail "/var/lib/chat is not chat's, mode 750"
check "no menu entry" grep -qx 'Categories=Network;Chat;InstantMessaging;' /usr/share/applications/chat.desktop
depends=$(dpkg-query -W -f='${Depends}' "$package")
for dependency in libgtk-3-0 libxtst6 libgl1; do
  [[ "$depends" == *"$dependency"* ]] || fail "the package does not depend on $dependency"
done

step "the systemd unit"
for line in ExecStart=/opt/chat/bin/chat-server User=chat Group=chat \
  Environment=DATA_DIR=/var/lib/chat StateDirectory=chat NoNewPrivileges=yes ProtectSystem=strict \
  Alias=chat-server.service; do
  check "the unit lacks $line" grep -qx "$line" "$unit"
done
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify "$unit" 2>"$work/verify" || { cat "$work/verify" >&2; fail "systemd-analyze verify $unit"; }
  echo "   systemd-analyze verify: no complaints"
fi

step "the installed app's --self-test under Xvfb"
# The jpackage launcher ignores JDK_JAVA_OPTIONS; the JVM itself reads _JAVA_OPTIONS. With
# -XX:AOTMode=on the JVM refuses to start unless the startup cache maps: the installed jars must
# have kept the times the cache was made with.
_JAVA_OPTIONS="-Dprism.order=sw -XX:AOTMode=on" timeout 150 xvfb-run -a /opt/chat/bin/Chat --self-test \
  >"$work/self-test" 2>&1 || { cat "$work/self-test" >&2; fail "the self-test"; }
grep '^self-test:' "$work/self-test" | sed 's/^/   /'
grep -qx 'self-test: passed' "$work/self-test" || fail "the self-test did not say it passed"
first_window=$(sed -n 's/^self-test: first window shown \([0-9]*\) ms.*/\1/p' "$work/self-test")

step "the installed headless server, as the chat user"
chmod 0711 "$work"
install -d -m 0750 -o chat -g chat "$work/data"
# Port 0: the system picks free ports, and the server logs them.
runuser -u chat -- env HOME="$work/data" DATA_DIR="$work/data" HOST=127.0.0.1 PORT=0 WS_PORT=0 \
  /opt/chat/bin/chat-server >"$work/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 300); do
  port=$(sed -n 's/.*chat server up: http port \([0-9]*\),.*/\1/p' "$work/server.log")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server exited"; }
  sleep 0.2
done
[ -n "$port" ] || { cat "$work/server.log" >&2; fail "the server did not start within 60 s"; }
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >"$work/readyz" 2>/dev/null && break
  sleep 0.1
done
check "/readyz did not answer 200 on port $port" curl -fsS "http://127.0.0.1:$port/readyz"
echo "   /readyz on port $port: $(cat "$work/readyz")"
check "the server wrote no data to its DATA_DIR" test -n "$(ls -A "$work/data")"
owners=$(find "$work/data" -mindepth 1 -printf '%u\n' | sort -u)
[ "$owners" = chat ] || fail "the server's files belong to $owners, not chat: it did not run as chat"
stop_server

step "removing the package (the data and the user stay)"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$package" </dev/null >/dev/null
check "/opt/chat is still there after remove" test ! -e /opt/chat
check "the unit is still there after remove" test ! -e "$unit"
check "the menu entry is still there after remove" test ! -e /usr/share/applications/chat.desktop
check "remove deleted the user chat" getent passwd chat
check "remove deleted /var/lib/chat" test -d /var/lib/chat

step "purging the package"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" </dev/null >/dev/null
dpkg-query -W "$package" >/dev/null 2>&1 && fail "dpkg still knows the package after purge"
left=()
while read -r path; do
  case "$path" in /opt/chat* | "$unit") [ -e "$path" ] && left+=("$path") ;; esac
done <"$work/files"
[ ${#left[@]} -eq 0 ] || fail "left behind: ${left[*]}"
for path in /opt/chat "$unit" /usr/share/applications/chat.desktop /var/lib/chat \
  /etc/systemd/system/chat-server.service \
  /etc/systemd/system/multi-user.target.wants/chat-chat-server.service; do
  [ ! -e "$path" ] || fail "left behind: $path"
done
getent passwd chat >/dev/null && fail "left behind: the user chat"
getent group chat >/dev/null && fail "left behind: the group chat"
echo "   nothing left behind"

step "the .rpm (checked, not installed)"
rpm -qpl "$rpm_file" >"$work/rpm-files" 2>/dev/null
for path in /opt/chat/bin/Chat /opt/chat/bin/chat-server "$unit"; do
  check "the rpm lacks $path" grep -qx "$path" "$work/rpm-files"
done
check "the rpm does not require gtk3" sh -c "rpm -qp --requires '$rpm_file' 2>/dev/null | grep -qx gtk3"
check "the rpm's scripts do not create the chat user" sh -c "rpm -qp --scripts '$rpm_file' 2>/dev/null | grep -q 'useradd --system'"

megabytes() { du -sb "$1" | awk '{ printf "%.1f MB", $1 / 1000000 }'; }
echo
echo "installer test: passed in $(($(date +%s) - started)) s (the build took ${build_seconds} s)"
echo "  app image  $(megabytes "$dist/Chat")"
echo "  .deb       $(megabytes "$deb")  $(basename "$deb")"
echo "  .rpm       $(megabytes "$rpm_file")  $(basename "$rpm_file")"
echo "  first window of the installed app: ${first_window} ms after its JVM started"
