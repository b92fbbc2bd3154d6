#!/usr/bin/env bash
# Runs `mlp-sandbox bench` and the same two workloads hand-written in NumPy (float64 and float32), in PyTorch (float32,
# where it is installed) and in Encog 3.4 (a Java library, fetched by Maven; bench/encog/EncogBench.java), one after the
# other on this machine, and prints the ratios.
#
#   bench/compare.sh [--rounds R] [--seconds S] [--quick]
#
# Every tool runs once per round, in turn, R rounds (default 3). A machine's speed drifts by up to 2x over minutes here
# (other tenants), so each ratio is taken within a round, ours against theirs measured a minute apart, and the report
# gives the median of the R ratios and their range, plus each tool's median speed.
#
# Needs the jar (built here if missing: mvn -q -B install -DskipTests) and a python3 with NumPy. On Debian:
#   apt-get install -y python3-numpy libopenblas0-pthread python3-torch    (for /usr/bin/python3)
# (without an OpenBLAS, Debian's NumPy uses the slow reference BLAS; the report names the BLAS in use)
# or: pip install numpy torch                                             (for the python3 on your PATH)
# PYTHON=/path/to/python3 picks the interpreter for NumPy and PyTorch instead of searching.
# Ratios above 1 mean MLP Sandbox is faster.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$root/app/target/mlp-sandbox.jar"
rounds=3
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds)
      [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "--rounds needs a whole number of at least 1" >&2; exit 2; }
      rounds="$2"
      shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

if [[ ! -f "$jar" ]]; then
  echo "building $jar ..." >&2
  (cd "$root" && mvn -q -B install -DskipTests)
fi

# The first python that has the module, trying Debian's /usr/bin/python3 first (where python3-numpy installs).
find_python() {
  local module="$1" candidate
  for candidate in ${PYTHON:-} /usr/bin/python3 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "import $module" >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The Java tools run each workload in a JVM of its own (as JMH forks): a JVM that has just compiled one workload's
# code runs the next one slower, by 10-30 % here, and which workload comes first should not decide the ratios.
workloads=(digits playground)

numpy_python="$(find_python numpy || true)"
[[ -n "$numpy_python" ]] || echo "No python3 with NumPy found: apt-get install -y python3-numpy libopenblas0-pthread (or pip install numpy)." >&2
torch_python="$(find_python torch || true)"
[[ -n "$torch_python" ]] || echo "PyTorch not found, skipped: apt-get install -y python3-torch (or pip install torch)." >&2
encog_jar=""
if (cd "$root" && mvn -q -B dependency:copy -Dartifact=org.encog:encog-core:3.4 -DoutputDirectory="$tmp/encog") >&2; then
  encog_jar="$tmp/encog/encog-core-3.4.jar"
else
  echo "Encog skipped: could not fetch org.encog:encog-core:3.4 with Maven." >&2
fi

results=()
for ((round = 1; round <= rounds; round++)); do
  echo "== round $round of $rounds: MLP Sandbox" >&2
  for w in "${workloads[@]}"; do
    java -jar "$jar" bench --json --workload "$w" "${args[@]}" > "$tmp/$round-1-mlp-sandbox-$w.json"
    results+=("$round:$tmp/$round-1-mlp-sandbox-$w.json")
  done
  if [[ -n "$numpy_python" ]]; then
    for dtype in float64 float32; do
      echo "== round $round of $rounds: NumPy $dtype ($numpy_python)" >&2
      "$numpy_python" "$here/reference.py" --framework numpy --dtype "$dtype" "${args[@]}" \
        > "$tmp/$round-2-numpy-$dtype.json"
      results+=("$round:$tmp/$round-2-numpy-$dtype.json")
    done
  fi
  if [[ -n "$torch_python" ]]; then
    echo "== round $round of $rounds: PyTorch float32 ($torch_python)" >&2
    "$torch_python" "$here/reference.py" --framework torch --dtype float32 "${args[@]}" > "$tmp/$round-3-torch.json"
    results+=("$round:$tmp/$round-3-torch.json")
  fi
  if [[ -n "$encog_jar" ]]; then
    echo "== round $round of $rounds: Encog 3.4" >&2
    for w in "${workloads[@]}"; do
      java -cp "$encog_jar" "$here/encog/EncogBench.java" --workload "$w" "${args[@]}" > "$tmp/$round-4-encog-$w.json"
      results+=("$round:$tmp/$round-4-encog-$w.json")
    done
  fi
done

report_python="${numpy_python:-$(command -v python3 || true)}"
if [[ -z "$report_python" ]]; then
  for result in "${results[@]}"; do
    cat "${result#*:}"
  done
  exit 0
fi

"$report_python" - "${results[@]}" <<'PY'
import json, statistics, sys

# speeds[tool][workload][round] = the workload's result in that round
speeds, machines, tools = {}, {}, []
for arg in sys.argv[1:]:
    round_, path = arg.split(":", 1)
    run = json.load(open(path))
    tool = run["tool"]
    if tool not in speeds:
        speeds[tool] = {}
        tools.append(tool)
        machines[tool] = run["machine"]
    for w in run["workloads"]:
        speeds[tool].setdefault(w["name"], {})[round_] = w
ours = tools[0]
print("machine: " + machines[ours])
for tool in tools[1:]:
    print("         " + tool + ": " + machines[tool])
print()
header = "%-11s %-22s %13s %12s %10s %8s %15s" % (
    "workload", "tool", "samples/s", "steps/s", "ms/epoch", "ratio", "ratio range")
print(header)
print("-" * len(header))
for name, our_rounds in speeds[ours].items():
    for tool in tools:
        theirs = speeds[tool].get(name)
        if not theirs:
            continue
        median = lambda key: statistics.median(r[key] for r in theirs.values())
        ratios = [our_rounds[r]["samplesPerSecond"] / theirs[r]["samplesPerSecond"]
                  for r in theirs if r in our_rounds]
        spread = "%.2f-%.2fx" % (min(ratios), max(ratios)) if len(ratios) > 1 else ""
        print("%-11s %-22s %13s %12s %10.3f %7.2fx %15s" % (
            name, tool, "{:,.0f}".format(median("samplesPerSecond")), "{:,.0f}".format(median("stepsPerSecond")),
            median("msPerEpoch"), statistics.median(ratios), spread))
    print()
rounds = max(len(r) for r in speeds[ours].values())
print("speeds: median of %d round(s); ratio = MLP Sandbox's speed / that tool's speed within a round, median over"
      % rounds)
print("the rounds, and the lowest and highest round (above 1: MLP Sandbox is faster).")
PY
