# Shared by the benchmark scripts (source it; it needs $work, a scratch directory).
#
#   measure_header [FIRST-COLUMN]      prints the column titles
#   measure NAME COMMAND...            best of 3 runs: wall seconds, CPU seconds, peak MB
#   OK="0 1" measure NAME COMMAND...   exit statuses that count as success (default: 0)
#
# A command that is not installed is reported as missing; one that fails, with its stderr.
# Needs GNU time (/usr/bin/time).

measure_header() {
  printf '%-40s %10s %10s %12s\n' "${1:-command}" "seconds" "CPU s" "peak MB"
}

measure() {
  local name=$1; shift
  local ok=${OK:-0} best="" mem="" cpu="" status seconds user system kb
  if ! command -v "$1" >/dev/null 2>&1; then printf '%-40s %10s\n' "$name" "missing"; return; fi
  for run in 1 2 3; do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt"
    status=$?
    if [[ " $ok " != *" $status "* ]]; then
      printf '%-40s %10s (exit %s)\n' "$name" "failed" "$status"; cat "$work/err.txt" >&2; return
    fi
    # GNU time puts "Command exited with non-zero status N" first when the exit status is not 0.
    read -r seconds user system kb < <(tail -1 "$work/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then
      best=$seconds; mem=$kb; cpu=$(awk "BEGIN{printf \"%.2f\", $user + $system}")
    fi
  done
  printf '%-40s %10s %10s %12s\n' "$name" "$best" "$cpu" "$(( mem / 1024 ))"
}
