#!/usr/bin/env bash
# Long fuzzing runs (issue 6): each libFuzzer target for as long as asked, one after another
# or in parallel, printing the executions each ran clean.
#
#   bench/fuzz.sh [SECONDS] [TARGET...]        e.g. bench/fuzz.sh 3600 compile image
#
# Environment: BUILD (default build/), JOBS (targets run at once; default 1), WORKERS (fuzzer
# processes per target, sharing its corpus folder; default 1), RUNS (stop each target after this
# many executions in all, split between its workers; SECONDS 0 then means no time limit),
# MAX_LEN (libFuzzer's -max_len: with fuzz/compile's seeds, up to 71,759 bytes, its corpus grew
# to 6 KB an input on average and ran at a third of the rate of -max_len=4096, which 99 % of
# the seeds fit), WORK (corpus folders kept between runs; default $BUILD/fuzz/long). Targets:
# compile image roundtrip.
# FAST=1 fuzzes with the UBSan-only -O2 build ($BUILD/fuzz/fast/, 4-10x the executions a
# second of the ASan+UBSan build) and libFuzzer's plain schedule (-entropic=0: with entropic,
# the default, fuzz/compile spent 59 % of its time in libFuzzer's feature bookkeeping once its
# corpus passed 1,400 inputs, and ran 3.6x fewer executions a second), then replays the whole
# corpus it grew through the ASan+UBSan build: an input that reaches new code is checked by
# ASan too, one that does not is not.
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
WORKERS=${WORKERS:-1}
RUNS=${RUNS:-}
MAX_LEN=${MAX_LEN:-}
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
  echo "fuzz/$t: ${SECONDS_EACH}s${RUNS:+, $RUNS executions}, $WORKERS worker(s), corpus $dir/corpus (kept between runs)"
  local limits=(-max_total_time="$SECONDS_EACH")
  [ -n "$RUNS" ] && limits+=(-runs=$(( (RUNS + WORKERS - 1) / WORKERS )))
  [ "$FAST" = 1 ] && limits+=(-entropic=0)
  [ -n "$MAX_LEN" ] && limits+=(-max_len="$MAX_LEN")
  local status=0 pids=() w
  for ((w = 1; w <= WORKERS; w++)); do
    "$BIN/fuzz_$t" "${limits[@]}" -seed="$w" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
        -artifact_prefix="$dir/artifacts/" "$dir/corpus" $(seeds "$t") >"$dir/last.$w.log" 2>&1 &
    pids+=($!)
  done
  for w in "${!pids[@]}"; do wait "${pids[$w]}" || status=$?; done
  local runs=0 n
  for ((w = 1; w <= WORKERS; w++)); do
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/last.$w.log" | tail -1)
    runs=$((runs + ${n:-0}))
  done
  if [ $status -ne 0 ]; then
    echo "fuzz/$t: FAILED after $runs executions (exit $status); see $dir/last.*.log and $dir/artifacts/"
    grep -hE "BUG|ERROR|SUMMARY" "$dir"/last.*.log | head -5
    return $status
  fi
  echo "fuzz/$t: $runs executions clean$([ "$FAST" = 1 ] && echo " (fast build)")"
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
