#!/usr/bin/env bash
# One command for the benchmarks of docs/benchmarks.md:
#   bench/run.sh [--sizes 1000,10000,100000] [--runs 5] [--seed 1] [--no-build] [--validate-max 10000]
# Builds release (SCRATCH=.build unless set), generates forms under bench-data/ (kept between
# runs, regenerated when jixiao-gen changes), checks the reading against the generator's
# expectation, times everything, and prints a markdown table (also bench-data/results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/run.py "$@"
