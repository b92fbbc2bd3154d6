#!/usr/bin/env bash
# Times each backend's three products on the digits and playground shapes (bench/kernels/KernelsBench.java).
# Needs the app jar (mvn -B -q package -DskipTests at the root). Pass `env -u OPENBLAS_CORETYPE ...` around this
# script to let OpenBLAS pick its kernels for the processor (the backend description says when they are forced).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$(dirname "$here")/../app/target/mlp-sandbox.jar"
exec java -cp "$jar" "$here/KernelsBench.java" "$@"
