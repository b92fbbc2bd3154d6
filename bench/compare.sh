#!/usr/bin/env bash
# Runs `mlp-sandbox bench` and the same two workloads hand-written in NumPy (float64 and float32), in PyTorch (float32,
# where it is installed) and in Encog 3.4 (a Java library, fetched by Maven; bench/encog/EncogBench.java), one after the
# other on this machine, and prints the ratios.
#
#   bench/compare.sh [--seconds S] [--quick]
#
# Needs the jar (built here if missing: mvn -q -B install -DskipTests) and a python3 with NumPy. On Debian:
#   apt-get install -y python3-numpy libopenblas0-pthread python3-torch    (for /usr/bin/python3)
# (without an OpenBLAS, Debian's NumPy uses the slow reference BLAS; the report names the BLAS in use)
# or: pip install numpy torch                                             (for the python3 on your PATH)
# PYTHON=/path/to/python3 picks the interpreter for NumPy and PyTorch instead of searching.
# Ratios above 1 mean MLP Sandbox is faster. Absolute numbers drift from run to run; compare within one run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$root/app/target/mlp-sandbox.jar"
args=("$@")

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

echo "== MLP Sandbox" >&2
results=()
for w in "${workloads[@]}"; do
  java -jar "$jar" bench --json --workload "$w" "${args[@]}" > "$tmp/1-mlp-sandbox-$w.json"
  results+=("$tmp/1-mlp-sandbox-$w.json")
done

if numpy_python="$(find_python numpy)"; then
  for dtype in float64 float32; do
    echo "== NumPy $dtype ($numpy_python)" >&2
    "$numpy_python" "$here/reference.py" --framework numpy --dtype "$dtype" "${args[@]}" > "$tmp/2-numpy-$dtype.json"
    results+=("$tmp/2-numpy-$dtype.json")
  done
else
  echo "No python3 with NumPy found: apt-get install -y python3-numpy libopenblas0-pthread (or pip install numpy)." >&2
fi

if torch_python="$(find_python torch)"; then
  echo "== PyTorch float32 ($torch_python)" >&2
  "$torch_python" "$here/reference.py" --framework torch --dtype float32 "${args[@]}" > "$tmp/3-torch.json"
  results+=("$tmp/3-torch.json")
else
  echo "PyTorch not found, skipped: apt-get install -y python3-torch (or pip install torch)." >&2
fi

echo "== Encog 3.4" >&2
if (cd "$root" && mvn -q -B dependency:copy -Dartifact=org.encog:encog-core:3.4 -DoutputDirectory="$tmp/encog") >&2; then
  for w in "${workloads[@]}"; do
    java -cp "$tmp/encog/encog-core-3.4.jar" "$here/encog/EncogBench.java" --workload "$w" "${args[@]}" \
      > "$tmp/4-encog-$w.json"
    results+=("$tmp/4-encog-$w.json")
  done
else
  echo "Encog skipped: could not fetch org.encog:encog-core:3.4 with Maven." >&2
fi

report_python="${numpy_python:-$(command -v python3 || true)}"
if [[ -z "$report_python" ]]; then
  cat "${results[@]}"
  exit 0
fi

"$report_python" - "${results[@]}" <<'PY'
import json, sys

runs = []
for f in sys.argv[1:]:
    run = json.load(open(f))
    same = next((r for r in runs if r["tool"] == run["tool"]), None)
    if same is None:
        runs.append(run)
    else:
        same["workloads"] += run["workloads"]  # one workload per JVM: the tool's runs are joined
ours = runs[0]
print("machine: " + ours["machine"])
for run in runs[1:]:
    print("         " + run["tool"] + ": " + run["machine"])
print()
header = "%-11s %-22s %13s %12s %10s %8s" % ("workload", "tool", "samples/s", "steps/s", "ms/epoch", "ratio")
print(header)
print("-" * len(header))
for w in ours["workloads"]:
    for run in runs:
        other = next((x for x in run["workloads"] if x["name"] == w["name"]), None)
        if other is None:
            continue
        ratio = w["samplesPerSecond"] / other["samplesPerSecond"]
        print("%-11s %-22s %13s %12s %10.3f %7.2fx" % (
            w["name"], run["tool"], "{:,.0f}".format(other["samplesPerSecond"]),
            "{:,.0f}".format(other["stepsPerSecond"]), other["msPerEpoch"], ratio))
    print()
print("ratio = MLP Sandbox's speed / that tool's speed (above 1: MLP Sandbox is faster).")
PY
