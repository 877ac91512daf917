#!/usr/bin/env bash
# The project must pass its tests from a clone anywhere: nothing it runs or tests may read the evaluation
# data or schemas kept beside the repository (../shared). Benchmarks (bench/) may, and say so when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
if grep -rnE "\.\./shared|['\"]shared['\"]" src workers simulation test seeds --include='*.ts' --include='*.js' --include='*.mjs' --include='*.json' --include='*.yaml'; then
  echo "check-standalone: the lines above read ../shared; keep a copy in the repository instead" >&2
  exit 1
fi
echo "check-standalone: src, workers, simulation, test and seeds stand alone"
