#!/usr/bin/env bash
# Long fuzzing runs (issue 6): each libFuzzer target for as long as asked, one after another
# or in parallel, printing the executions each ran clean.
#
#   bench/fuzz.sh [SECONDS] [TARGET...]        e.g. bench/fuzz.sh 3600 compile image
#
# Environment: BUILD (default build/), JOBS (targets run at once; default 1), WORK (corpus
# folders kept between runs; default $BUILD/fuzz/long). Targets: compile image roundtrip.
# FAST=1 fuzzes with the UBSan-only -O2 build ($BUILD/fuzz/fast/, 4-10x the executions a
# second of the ASan+UBSan build), then replays the whole corpus it grew through the ASan+UBSan
# build: an input that reaches new code is checked by ASan too, one that does not is not.
# Crashes land in $WORK/<target>/artifacts/; replay one with `$BUILD/fuzz/instrumented/fuzz_<target> FILE`,
# and check it in as fuzz/regressions/<target>/<name> (ctest then replays it).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-3600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(compile image roundtrip)
BUILD=${BUILD:-build}
JOBS=${JOBS:-1}
WORK=${WORK:-$BUILD/fuzz/long}
FAST=${FAST:-0}
CHECK=$BUILD/fuzz/instrumented
BIN=$CHECK
targets=(kilopy_fuzzers fuzz_image_seeds)
if [ "$FAST" = 1 ]; then
  BIN=$BUILD/fuzz/fast
  targets+=(kilopy_fuzzers_fast)
fi

cmake --build "$BUILD" --target "${targets[@]}" >/dev/null

seeds() {
  case $1 in
    compile) echo fuzz/corpus/compile tests/programs tests/errors samples ;;
    image) echo "$BUILD/fuzz/seeds/image" ;;
    roundtrip) echo fuzz/corpus/roundtrip ;;
  esac
}

run_one() {
  local t=$1 dir=$WORK/$1
  mkdir -p "$dir/corpus" "$dir/artifacts"
  local log=$dir/last.log
  echo "fuzz/$t: ${SECONDS_EACH}s, corpus $dir/corpus (kept between runs)"
  local status=0
  "$BIN/fuzz_$t" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
      -artifact_prefix="$dir/artifacts/" "$dir/corpus" $(seeds "$t") >"$log" 2>&1 || status=$?
  local runs
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if [ $status -ne 0 ]; then
    echo "fuzz/$t: FAILED after ${runs:-?} executions (exit $status); see $log and $dir/artifacts/"
    grep -E "BUG|ERROR|SUMMARY" "$log" | head -5
    return $status
  fi
  echo "fuzz/$t: ${runs:-?} executions clean in ${SECONDS_EACH}s$([ "$FAST" = 1 ] && echo " (fast build)")"
  [ "$FAST" = 1 ] || return 0
  # Each input as a file argument: run once, no corpus bookkeeping (a folder argument is
  # loaded like a fuzzing corpus, tens of times slower).
  local inputs executed
  inputs=$(find "$dir/corpus" -type f | wc -l)
  find "$dir/corpus" -type f -print0 | xargs -0 -r "$CHECK/fuzz_$t" -rss_limit_mb=2048 -timeout=20 \
      -artifact_prefix="$dir/artifacts/" >"$dir/replay.log" 2>&1 || status=$?
  executed=$(grep -c '^Executed ' "$dir/replay.log" || true)
  [ $status -eq 0 ] && [ "$executed" -ne "$inputs" ] && status=1
  if [ $status -eq 0 ]; then
    echo "fuzz/$t: $executed corpus inputs replayed clean under ASan+UBSan"
  else
    echo "fuzz/$t: FAILED replaying the corpus under ASan+UBSan (exit $status, $executed of $inputs run); see $dir/replay.log"
    grep -E "BUG|ERROR|SUMMARY" "$dir/replay.log" | head -5
  fi
  return $status
}

failed=0
if [ "$JOBS" -le 1 ]; then
  for t in "${TARGETS[@]}"; do run_one "$t" || failed=1; done
else
  pids=()
  for t in "${TARGETS[@]}"; do run_one "$t" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
fi
exit $failed
