#!/usr/bin/env bash
# Time from launch to window: starts a command under its own Xvfb and polls (every 20 ms) until a window named
# "MLP Sandbox" is mapped, then closes the app. Prints one line per run: wall seconds, and the CPU seconds the app
# had used by then (less disturbed by other work on a busy machine). Needs Xvfb, xdotool and bc.
#   measure-startup.sh RUNS COMMAND...      e.g.  measure-startup.sh 5 java -jar app/target/mlp-sandbox.jar
set -euo pipefail
runs=$1; shift
home=$(mktemp -d)
fd_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1600x1000x24 3>"$fd_file" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$home" "$fd_file"' EXIT
until [ -s "$fd_file" ]; do sleep 0.05; done
display=:$(head -1 "$fd_file")
ticks=$(getconf CLK_TCK)
for _ in $(seq "$runs"); do
  # a fresh home each time (the app's folder and Preferences stay out of the real one): every start is a first start
  rm -rf "${home:?}"/* "$home"/.[!.]* 2>/dev/null || true
  start=$(date +%s.%N)
  HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home" DISPLAY=$display "$@" >/dev/null 2>&1 &
  app=$!
  until DISPLAY=$display xdotool search --onlyvisible --name "MLP Sandbox" >/dev/null 2>&1; do
    sleep 0.02
    kill -0 $app 2>/dev/null || { echo "the app exited before showing a window" >&2; exit 1; }
  done
  end=$(date +%s.%N)
  cpu=$(awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$app/stat")
  printf '%.2f s  (cpu %s s)\n' "$(echo "$end - $start" | bc)" "$cpu"
  kill $app; wait $app 2>/dev/null || true
done
