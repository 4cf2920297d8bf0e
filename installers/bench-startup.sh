#!/usr/bin/env bash
# The desktop app's cold start, measured on the app image the installers are made from (the same
# files as /opt/chat after installing the .deb: the bundled runtime and the startup AOT cache):
#   installers/bench-startup.sh [RUNS]   (.ci/chat bench-startup runs it; RUNS defaults to 5)
# Builds the app image (installers/build.sh app-image) unless BENCH_IMAGE names one (BENCH_IMAGE=
# /opt/chat measures the installed package), starts a headless X server (Xvfb), then launches the
# app RUNS times, each a new process with folders of its own (-Dchat.home: no saved server, so the
# connect screen), for one user (HOME) new to the app: the first run also pays JavaFX's one-time
# copy of its native libraries to ~/.openjfx. A time runs from just before this script starts the
# launcher to the end of the first pulse after the first window showed (the app's
# CHAT_STARTUP_REPORT marker, chat.client.app.StartupReport): the launcher, the JVM's start,
# JavaFX's start and the first window laid out and handed to the renderer, with the JavaFX thread
# free to take input. It prints each time, and the minimum, median and maximum of the times and of
# the CPU time each run took. Software rendering (-Dprism.order=sw), no LAN discovery. Extra JVM
# options for every run (to compare, for example -XX:AOTMode=off): BENCH_JAVA_OPTIONS.
# Needs JAVA_HOME pointing at a JDK 25 and Xvfb (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "bench-startup.sh: $*" >&2; exit 1; }

runs=${1:-5}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$runs'."
command -v Xvfb >/dev/null || die "Xvfb is needed to show the app's window (apt-get install xvfb)."

image=${BENCH_IMAGE:-}
if [ -z "$image" ]; then
  installers/build.sh app-image
  image=installers/target/dist/Chat
fi
[ -x "$image/bin/Chat" ] || die "no app image at $image (bin/Chat is missing)."

work=$(mktemp -d)
mkdir "$work/home"
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# One X server for every run; it writes its display number once it is ready.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/display" ] && break
  sleep 0.1
done
[ -s "$work/display" ] || { cat "$work/xvfb.log" >&2; die "Xvfb did not start."; }
export DISPLAY=":$(cat "$work/display")"

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== $runs cold starts of $image on $DISPLAY"
times=()
cpus=()
TIMEFORMAT='%3U+%3S'
for run in $(seq 1 "$runs"); do
  launched=$(date +%s%3N)
  # The jpackage launcher ignores JDK_JAVA_OPTIONS; the JVM itself reads _JAVA_OPTIONS. Bash's time
  # gives the CPU time of the whole run (launcher, JVM, the app until it quits after the marker).
  { time HOME=$work/home CHAT_STARTUP_REPORT=exit CHAT_LAUNCHED_AT_MS=$launched \
    _JAVA_OPTIONS="-Dprism.order=sw -Dchat.discovery=off -Dchat.home=$work/app-$run ${BENCH_JAVA_OPTIONS:-}" \
    timeout 60 "$image/bin/Chat" >"$work/run-$run.log" 2>&1; } 2>"$work/cpu-$run" \
    || { cat "$work/run-$run.log" >&2; die "run $run failed."; }
  millis=$(sed -n 's/^startup: first window usable in \([0-9]*\) ms$/\1/p' "$work/run-$run.log")
  [ -n "$millis" ] || { cat "$work/run-$run.log" >&2; die "run $run printed no startup time."; }
  cpu=$(cat "$work/cpu-$run")
  echo "   run $run: $millis ms (CPU time of the whole run, user+system: $cpu s)"
  times+=("$millis")
  cpus+=("$cpu")
done

# min, median and max of the numbers given, one a line
summary() { sort -n | awk '{ v[NR] = $1 } END {
  m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "min %g, median %g, max %g", v[1], m, v[NR] }'; }
echo "startup to a usable window over $runs runs, ms: $(printf '%s\n' "${times[@]}" | summary)"
# Wall-clock times measure a busy machine too; the CPU time (user + system) much less so.
echo "CPU time of a run, s: $(printf '%s\n' "${cpus[@]}" | awk -F+ '{ print $1 + $2 }' | summary)"
echo "   (load average before: $load; after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs)"
