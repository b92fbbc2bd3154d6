#!/usr/bin/env bash
# Times one training step of the digits workload (bench/kernels/StepBench.java): wall and CPU time per step.
# Needs the app jar (mvn -B -q package -DskipTests at the root). Java options go first, e.g.
#   bench/kernels/step.sh -Dmlpsandbox.precision=float32 -Dmlpsandbox.kernelThreads=1 -Dmlpsandbox.fusedDescent=false
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$(dirname "$here")/../app/target/mlp-sandbox.jar"
exec java "$@" -cp "$jar" "$here/StepBench.java"
