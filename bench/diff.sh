#!/usr/bin/env bash
# Differential testing at scale (issue 6): N generated programs under python3 and kilopy at
# both int widths (tests/gen/run_batch.py). Failing programs are kept in $KEEP.
#
#   bench/diff.sh [N] [SEED]        e.g. bench/diff.sh 100000 7
#
# Environment: BUILD (default build/), JOBS (default: all cores), KEEP (default /tmp/kilopy-diff-fail),
# AVR (an AVR part, e.g. atmega328p: also run programs in simavr against the host VM) and
# AVR_EVERY (with AVR: every K-th program only; default 1), GEN (the generator: gen_programs, the
# default; list_ops, list and array statements with the list idioms; objects, statements over
# objects of a program's classes; strings, strs, formatting and exceptions).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
SEED=${2:-$(date +%s)}
BUILD=${BUILD:-build}
JOBS=${JOBS:-$(nproc)}
KEEP=${KEEP:-/tmp/kilopy-diff-fail}
avr=()
[ -n "${AVR:-}" ] && avr=(--avr "$AVR" --avr-every "${AVR_EVERY:-1}")
cmake --build "$BUILD" --target kilopy kilopy-sim >/dev/null
# A private copy of the binary, so that a rebuild during a long run does not disturb it.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp "$BUILD/kilopy" "$BUILD/kilopy-sim" "$TMP/"
GEN=${GEN:-gen_programs}
echo "bench/diff.sh: $N programs from $GEN, seed $SEED, $JOBS jobs"
python3 tests/gen/run_batch.py --kilopy "$TMP/kilopy" --generator "$GEN" --seed "$SEED" --count "$N" --jobs "$JOBS" --keep "$KEEP" "${avr[@]}"
