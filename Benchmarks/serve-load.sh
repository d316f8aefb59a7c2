#!/usr/bin/env bash
# Load on a live `vaktaal serve` (loopback only, bounded in time): wrk against /api/lookup,
# /api/translate and the advisor's page; prints requests/s and latency percentiles per endpoint
# and the server's memory before and after. Fails when any request failed (socket errors,
# timeouts or non-2xx answers) — a benchmark, not a timed test: no speed is asserted.
#
#   bash Benchmarks/serve-load.sh [BINARY] [SECONDS] [CONNECTIONS] [-- extra serve arguments]
#   bash Benchmarks/serve-load.sh .build/release/vaktaal 30 64
#   bash Benchmarks/serve-load.sh .build/release/vaktaal 120 64 -- --vocab Vocabularies ../shared/data/esco/v1.1.1
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/vaktaal}
seconds=${2:-10}
connections=${3:-64}
shift $(( $# < 3 ? $# : 3 ))
[[ ${1:-} == "--" ]] && shift
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
log=$(mktemp)
start=$(date +%s.%N)
"$binary" serve --host 127.0.0.1 --port "$port" --log-level warning "$@" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 1200); do
  curl -fs -o /dev/null "$base/health" && break
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.05
done
ready=$(date +%s.%N)
printf 'cold start until /health answers: %.2f s\n' "$(echo "$ready - $start" | bc)"
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$server/status"; }
echo "memory after start: $(rss)"
failed=0
run() {
  local name=$1 path=$2 threads=2
  local output
  output=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s --latency "$base$path")
  local rate p50 p99 errors non2xx
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$output")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$output")
  errors=$(awk '/Socket errors/ {print}' <<<"$output")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$output")
  printf '%-16s %10s req/s  p50 %8s  p99 %8s  %s%s\n' "$name" "$rate" "$p50" "$p99" "${errors:+$errors }" "${non2xx:+non-2xx: $non2xx}"
  if [[ -n $errors || -n $non2xx ]]; then failed=1; fi
  echo "memory after $name: $(rss)"
}
run "/api/lookup" "/api/lookup?q=frezzen&limit=10"
run "/api/translate" "/api/translate?q=hardsolderen+koperleiding&from=installatietechniek&to=metaal&limit=5"
run "page /translate" "/translate?q=hardsolderen+koperleiding&from=installatietechniek&to=metaal"
run "page /?q=" "/?q=hardsoldren+koperleiding"
kill -TERM $server
wait $server && echo "stopped cleanly on SIGTERM" || { echo "did not stop cleanly"; failed=1; }
trap 'rm -f "$log"' EXIT
if [[ $failed -ne 0 ]]; then echo "FAILED: some requests failed"; exit 1; fi
