#!/usr/bin/env bash
# The whole test suite under AddressSanitizer, then under ThreadSanitizer (issue #18), one after
# the other (never both at once: each is a full build of everything), each in a build folder of its
# own (.build-asan, .build-tsan). Prints, per sanitizer, the build time, the test run's closing
# line and time, and how many sanitizer reports the log holds; the full logs stay in $LOGS.
#
#   bash Benchmarks/sanitizers.sh            # both
#   bash Benchmarks/sanitizers.sh thread     # one
#
# Slow (on 2 cores a sanitized build takes about as long as a clean debug build, and the tests run
# several times slower): not part of CI. VAKTAAL_INTEROP and VAKTAAL_LIBRARY_CHECK are unset, so
# the checks against rdflib, sssom-py and a fresh package are skipped as in a plain `swift test`.
set -uo pipefail
cd "$(dirname "$0")/.."
unset VAKTAAL_INTEROP VAKTAAL_LIBRARY_CHECK
LOGS=${LOGS:-${TMPDIR:-/tmp}/vaktaal-sanitizers}
# Leaks in the toolchain and dependencies are listed (and explained) there; the children the
# tests start (the vaktaal binary) inherit the same options, as they do TSAN_OPTIONS.
export LSAN_OPTIONS="suppressions=$PWD/Benchmarks/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# ThreadSanitizer's false reports on contended Synchronization.Mutex locks, explained there.
export TSAN_OPTIONS="suppressions=$PWD/Benchmarks/tsan-suppressions.txt${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
mkdir -p "$LOGS"
status=0

for sanitizer in "${@:-address thread}"; do
    for name in $sanitizer; do
        case $name in
            address) scratch=.build-asan; pattern='ERROR: AddressSanitizer|ERROR: LeakSanitizer' ;;
            thread) scratch=.build-tsan; pattern='WARNING: ThreadSanitizer' ;;
            *) echo "unknown sanitizer '$name' (address or thread)" >&2; exit 2 ;;
        esac
        start=$(date +%s)
        if ! nice -n 19 swift build --build-tests --scratch-path "$scratch" --sanitize="$name" >"$LOGS/$name-build.log" 2>&1; then
            echo "$name: build failed, see $LOGS/$name-build.log"
            status=1
            continue
        fi
        built=$(date +%s)
        nice -n 19 swift test --skip-build --scratch-path "$scratch" --sanitize="$name" >"$LOGS/$name-test.log" 2>&1
        result=$?
        done=$(date +%s)
        reports=$(grep -cE "$pattern" "$LOGS/$name-test.log")
        echo "$name: build $((built - start)) s, tests $((done - built)) s, exit $result, $reports sanitizer report(s)"
        grep -E '^(✔|✘) Test run with|Executed [0-9]+ tests' "$LOGS/$name-test.log" | tail -2 | sed "s/^/  /"
        [ "$result" -eq 0 ] && [ "$reports" -eq 0 ] || status=1
    done
done
exit $status
