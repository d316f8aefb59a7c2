#!/usr/bin/env bash
# Fuzzes each of Vaktaal's readers with libFuzzer and AddressSanitizer for SECONDS (default 600):
#
#   bash Tests/fuzz/run.sh [SECONDS] [READER ...]
#
# READER is one of rdfxml ntriples turtle json ndjson sssom csv esco (default: all, one after the
# other). It builds the fuzz package (Tests/fuzz) into .build-fuzz, makes a seed corpus per reader
# from ../shared/data, Vocabularies/ and Tests/fuzz/seeds (corpus.py), runs each reader with the
# corpus kept in .build-fuzz/corpus/READER (it grows from run to run), and prints per reader the
# executions, executions per second, coverage (cov: edges, ft: features), corpus size and any
# crash, time-out, out-of-memory or leak file (in .build-fuzz/artifacts/READER). It exits non-zero
# when a reader crashed or the build is not instrumented.
#
# Environment: FUZZ_JOBS=2 runs two readers at once; FUZZ_CONFIGURATION=debug builds without
# optimisation (quicker to build, slower to run: CI's choice); FUZZ_NICE=19 runs everything under
# `nice -n 19`; FUZZ_OPTIONS adds libFuzzer options (`-use_value_profile=1`, `-dict=FILE`). The
# last line is `fuzz: N passed, N failed`. A crash file is replayed with
#   SWIFT_BACKTRACE=enable=no VAKTAAL_FUZZ_READER=turtle .build-fuzz/release/vaktaal-fuzz CRASH_FILE
# and shrunk by adding -minimize_crash=1 -runs=100000; a thrown error is a reader's right answer
# to bad input, a crash becomes a regression test in Tests/VaktaalFormatsTests.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-600}"
shift || true
readers=("$@")
[ ${#readers[@]} -gt 0 ] || readers=(rdfxml ntriples turtle json ndjson sssom csv esco)
configuration="${FUZZ_CONFIGURATION:-release}"
jobs="${FUZZ_JOBS:-1}"
nice=(nice -n "${FUZZ_NICE:-0}")
scratch="$root/.build-fuzz"
shared="${VAKTAAL_SHARED:-$root/../shared}/data"

# SwiftPM's --sanitize fuzzer links libFuzzer's main; its flags reach the compiler as separate
# -sanitize= options, of which swiftc keeps only the last, so the combined -sanitize=fuzzer,address
# is passed again, after them (run.sh checks below that the build came out instrumented).
echo "run.sh: building the fuzz targets ($configuration)"
build_start=$SECONDS
mkdir -p "$scratch"
if ! "${nice[@]}" swift build -c "$configuration" --package-path "$root/Tests/fuzz" --scratch-path "$scratch" \
    --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address >"$scratch/build.log" 2>&1; then
    grep -v "Cannot export local symbol '__asan" "$scratch/build.log" | tail -n 30
    echo "run.sh: the build failed"
    exit 1
fi
echo "run.sh: built in $((SECONDS - build_start)) s"
binary="$scratch/$configuration/vaktaal-fuzz"

rm -rf "$scratch/seeds"
python3 "$root/Tests/fuzz/corpus.py" "$root" "$shared" "$scratch/seeds" | sed 's/^/run.sh: seeds for /'

export SWIFT_BACKTRACE=enable=no
fuzz() {
    local reader="$1"
    local corpus="$scratch/corpus/$reader" artifacts="$scratch/artifacts/$reader/" log="$scratch/logs/$reader.log"
    mkdir -p "$corpus" "$scratch/seeds/$reader" "$artifacts" "$scratch/logs"
    local options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536
                   -print_final_stats=1 -artifact_prefix="$artifacts")
    # The ESCO importer reads each file on a thread of its own, whose memory is freed after the
    # input returns: every input would look like a leak and set off a whole-heap leak scan.
    [ "$reader" = esco ] && options+=(-detect_leaks=0)
    # shellcheck disable=SC2206 # FUZZ_OPTIONS is split into words on purpose
    options+=(${FUZZ_OPTIONS:-})
    local status=0
    VAKTAAL_FUZZ_READER="$reader" "${nice[@]}" "$binary" "${options[@]}" "$corpus" "$scratch/seeds/$reader" >"$log" 2>&1 || status=$?
    echo "$status" >"$scratch/logs/$reader.status"
}

summary() {
    local reader="$1" log="$scratch/logs/$1.log"
    local counters runs rate slowest rss last cov ft corpus findings
    counters=$(grep -o 'Loaded [0-9]* modules *([0-9]* inline 8-bit counters' "$log" | grep -o '[0-9]* inline' | grep -o '[0-9]*' | head -n 1)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    slowest=$(sed -n 's/^stat::slowest_unit_time_sec: *//p' "$log")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    last=$(grep -E '^#[0-9]+' "$log" | grep 'cov:' | tail -n 1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
    findings=$(find "$scratch/artifacts/$reader" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' -o -name 'slow-unit-*' \) -newer "$scratch/logs/.start" | sort)
    printf '%-9s %4ss  runs %-10s exec/s %-6s cov %-6s ft %-7s corpus %-13s slowest %ss  rss %s MB\n' \
        "$reader" "$seconds" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}" "${slowest:-?}" "${rss:-?}"
    if [ "${counters:-0}" -lt 10000 ]; then
        echo "  not instrumented for coverage (${counters:-no} counters): see $log"
        return 1
    fi
    if [ -n "$findings" ] || [ "$(cat "$scratch/logs/$reader.status")" != 0 ] \
        || grep -qE '^==[0-9]+==ERROR|^SUMMARY: |deadly signal' "$log"; then
        echo "  FOUND something (libFuzzer exited with $(cat "$scratch/logs/$reader.status")); log: $log"
        grep -E '^==[0-9]+==ERROR|^SUMMARY: |Fatal error|deadly signal|ALARM' "$log" | head -n 5 | sed 's/^/  /'
        for file in $findings; do echo "  $file"; done
        return 1
    fi
}

mkdir -p "$scratch/logs"
touch "$scratch/logs/.start"
echo "run.sh: fuzzing ${readers[*]} for $seconds s each, $jobs at a time"
running=0
for reader in "${readers[@]}"; do
    fuzz "$reader" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait

failed=0
for reader in "${readers[@]}"; do summary "$reader" || failed=$((failed + 1)); done
[ "$failed" -eq 0 ] || echo "run.sh: see the findings above"
echo "fuzz: $((${#readers[@]} - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
