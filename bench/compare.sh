#!/usr/bin/env bash
# Runs `mlp-sandbox bench` and the same workloads hand-written in NumPy (float64 and float32), in PyTorch (float32)
# and in Encog 3.4 (a Java library, fetched by Maven; bench/encog/EncogBench.java), each in its best configuration,
# one after the other on this machine, and prints the ratios.
#
#   bench/compare.sh [--rounds R] [--seconds S] [--quick] [--workload digits,playground,digits-60k]
#
# --seconds: timed seconds per workload and configuration (default 2), after a warm-up of half as long.
#
# Best configuration: every peer runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from its own command's
# environment (env -u; a machine may set them to force older kernels), so OpenBLAS picks its kernels for the
# processor. MLP Sandbox runs in the environment as it is (its backend description says when OPENBLAS_CORETYPE forces
# its kernels). Each tool runs in several configurations and, per workload, the fastest (by median speed) counts; the
# report names it:
#   MLP Sandbox   --precision float64 and float32, on 2 threads (large products cut in halves) and on 1
#                 (-Dmlpsandbox.kernelThreads=1) (OpenBLAS through JavaCPP; the playground stays in Java)
#   NumPy         float64 and float32, OPENBLAS_NUM_THREADS=1 and 2, for every python3 with NumPy found (Debian's
#                 /usr/bin/python3, $PYTHON, the python3 on PATH, /opt/torchvenv/bin/python)
#   PyTorch       float32, torch.set_num_threads 1 and 2 (where a python3 with torch is found)
#   (digits-60k: one thread only, see for_threads below)
#   Encog 3.4     digits and playground, its default threads
#
# Every configuration runs once per round, in turn, R rounds (default 3). A machine's speed drifts by up to 2x over
# minutes here (other tenants), so each ratio is taken within a round and the report gives the median of the R
# ratios and their range, plus each tool's median speed.
#
# Needs the jar (built here if missing: mvn -q -B package -DskipTests) and a python3 with NumPy. On Debian:
#   apt-get install -y python3-numpy libopenblas0-pthread       (without an OpenBLAS, Debian's NumPy uses the slow
#                                                                reference BLAS; the report names the BLAS in use)
# PyTorch, CPU build, in a venv of its own:
#   python3 -m venv /opt/torchvenv && /opt/torchvenv/bin/pip install torch   (a CPU-only build keeps it small)
#   /opt/torchvenv/bin/pip install numpy threadpoolctl
# Ratios above 1 mean MLP Sandbox is faster.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="${JAR:-$root/app/target/mlp-sandbox.jar}"   # JAR=... measures another build
rounds=3
seconds=(--seconds 2)
workloads=(digits playground digits-60k)
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds)
      [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "--rounds needs a whole number of at least 1" >&2; exit 2; }
      rounds="$2"
      shift 2 ;;
    --workload)
      [[ $# -ge 2 ]] || { echo "--workload needs a list: digits,playground,digits-60k" >&2; exit 2; }
      IFS=, read -r -a workloads <<< "$2"
      shift 2 ;;
    --seconds)
      [[ $# -ge 2 ]] || { echo "--seconds needs a number" >&2; exit 2; }
      seconds=(--seconds "$2")
      shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

args+=("${seconds[@]}")

if [[ ! -f "$jar" ]]; then
  echo "building $jar ..." >&2
  (cd "$root" && mvn -q -B package -DskipTests)
fi

# The peer's command alone runs without the variables that force OpenBLAS's kernels and cache size.
clean=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE -u OPENBLAS_NUM_THREADS -u OMP_NUM_THREADS)

# Every python that has the module, one per installation of it (the module's file tells them apart).
find_pythons() {
  local module="$1" candidate where seen=""
  for candidate in ${PYTHON:-} /usr/bin/python3 python3 /opt/torchvenv/bin/python; do
    command -v "$candidate" >/dev/null 2>&1 || continue
    where="$("$candidate" -c "import $module; print($module.__file__)" 2>/dev/null)" || continue
    [[ " $seen " == *" $where "* ]] && continue
    seen="$seen $where"
    command -v "$candidate"
  done
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

mapfile -t numpy_pythons < <(find_pythons numpy)
[[ ${#numpy_pythons[@]} -gt 0 ]] || echo "No python3 with NumPy found: apt-get install -y python3-numpy libopenblas0-pthread." >&2
mapfile -t torch_pythons < <(find_pythons torch)
[[ ${#torch_pythons[@]} -gt 0 ]] || echo "PyTorch not found, skipped (see the top of this script to install it)." >&2
encog_jar=""
if (cd "$root" && mvn -q -B dependency:copy -Dartifact=org.encog:encog-core:3.4 -DoutputDirectory="$tmp/encog") >&2; then
  encog_jar="$tmp/encog/encog-core-3.4.jar"
else
  echo "Encog skipped: could not fetch org.encog:encog-core:3.4 with Maven." >&2
fi

has() { [[ " ${workloads[*]} " == *" $1 "* ]]; }
joined() { local IFS=,; echo "$*"; }
# The 60,000-sample workload runs on one thread only: on two threads every peer was slower on the 10,000-sample one
# (same shapes) in every run here, and a slow configuration of it takes minutes per round.
for_threads() {
  local w list=()
  for w in "${workloads[@]}"; do
    [[ "$1" == 2 && "$w" == digits-60k ]] || list+=("$w")
  done
  joined "${list[@]}"
}

# results: "round|family|file"
results=()
n=0
run() {  # run ROUND FAMILY COMMAND...: one configuration's JSON into a file of its own
  local round="$1" family="$2" file
  shift 2
  n=$((n + 1))
  file="$tmp/$n.json"
  echo "== round $round of $rounds: $family: ${*: -6}" >&2
  if "$@" > "$file"; then
    results+=("$round|$family|$file")
  else
    echo "   failed, left out" >&2
  fi
}

for ((round = 1; round <= rounds; round++)); do
  # The Java tools run each workload in a JVM of its own (as JMH forks): a JVM that has just compiled one workload's
  # code runs the next one slower, and which workload comes first should not decide the ratios.
  # MLP Sandbox runs in the machine's environment as it is (only the peers' commands are cleaned).
  for precision in float64 float32; do
    for threads in 2 1; do
      for w in "${workloads[@]}"; do
        [[ "$w" == playground && "$precision" == float32 ]] && continue   # its products are too small for OpenBLAS
        # a home of its own, so that the run leaves no plugin folder in the user's
        run "$round" "MLP Sandbox" java -Dmlpsandbox.home="$tmp/home" -Dmlpsandbox.kernelThreads="$threads" \
          -jar "$jar" bench --json --workload "$w" --precision "$precision" "${args[@]}"
      done
    done
  done
  for py in "${numpy_pythons[@]}"; do
    for dtype in float64 float32; do
      for threads in 1 2; do
        run "$round" "NumPy $dtype" "${clean[@]}" OPENBLAS_NUM_THREADS="$threads" "$py" "$here/reference.py" \
          --framework numpy --dtype "$dtype" --workload "$(for_threads "$threads")" "${args[@]}"
      done
    done
  done
  for py in "${torch_pythons[@]}"; do
    for threads in 1 2; do
      run "$round" "PyTorch float32" "${clean[@]}" "$py" "$here/reference.py" --framework torch --dtype float32 \
        --threads "$threads" --workload "$(for_threads "$threads")" "${args[@]}"
    done
  done
  if [[ -n "$encog_jar" ]]; then
    for w in digits playground; do
      has "$w" || continue
      run "$round" "Encog 3.4" "${clean[@]}" java -cp "$encog_jar" "$here/encog/EncogBench.java" --workload "$w" \
        "${args[@]}"
    done
  fi
done

report_python="${numpy_pythons[0]:-$(command -v python3 || true)}"
if [[ -z "$report_python" ]]; then
  for result in "${results[@]}"; do
    cat "${result##*|}"
  done
  exit 0
fi
"$report_python" "$here/report.py" "${results[@]}"
