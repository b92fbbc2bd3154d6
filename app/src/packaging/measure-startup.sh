#!/usr/bin/env bash
# Time from launch to window: starts a command under its own Xvfb and polls (every 20 ms) until a window named
# "MLP Sandbox" is mapped, then closes the app. Prints one line per run: seconds. Needs Xvfb and xdotool.
#   measure-startup.sh RUNS COMMAND...      e.g.  measure-startup.sh 5 java -jar app/target/mlp-sandbox.jar
set -euo pipefail
runs=$1; shift
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
sleep 1
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  # a fresh home for each run: the app's folder and Preferences stay out of the real one, every start is a first one
  rm -rf "${home:?}"/* "$home"/.[!.]* 2>/dev/null || true
  HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home" DISPLAY=$display "$@" >/dev/null 2>&1 &
  app=$!
  until DISPLAY=$display xdotool search --onlyvisible --name "MLP Sandbox" >/dev/null 2>&1; do
    sleep 0.02
    kill -0 $app 2>/dev/null || { echo "the app exited before showing a window" >&2; exit 1; }
  done
  end=$(date +%s.%N)
  echo "$end - $start" | bc
  kill $app; wait $app 2>/dev/null || true
done
