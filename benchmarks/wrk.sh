#!/usr/bin/env bash
# Throughput of the benchmarked resource on Jersey + Grizzly over loopback, with and without
# credcors, measured with wrk (Debian: apt-get install -y wrk).
#
# One server JVM per mode runs for the whole script (bound to 127.0.0.1, any free port). Each is
# warmed up first (Jersey on Grizzly needs ~40 s to reach steady state), then the modes alternate
# over ROUNDS rounds (order reversed every other round, so a drift in machine load hits all modes
# alike). Prints requests/second per round, the mean, the spread ((max - min) / mean) and each
# mode's ratio to the no-CORS server of the same run.
#
#   benchmarks/wrk.sh                               # GET with an allowed Origin
#   REQUEST=preflight MODES="none credcors" benchmarks/wrk.sh
#
# Settings (environment): MODES (none credcors resteasy_filter), REQUEST (get|preflight),
# WARMUP seconds per server (40), ROUNDS (4), DURATION seconds per measurement (8),
# THREADS (1) and CONNECTIONS (16) for wrk, JAVA_OPTS for the servers.
set -euo pipefail

MODES=${MODES:-"none credcors"}
REQUEST=${REQUEST:-get}
WARMUP=${WARMUP:-40}
ROUNDS=${ROUNDS:-4}
DURATION=${DURATION:-8}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
JAVA_OPTS=${JAVA_OPTS:-"-Xms256m -Xmx256m"}
ORIGIN="https://app.example.com"
URL_PATH="/o2/items/42"

root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/benchmarks/target/benchmarks.jar"
if [[ ! -f $jar ]]; then
  echo "missing $jar: run mvn -B -q -o package -pl benchmarks -am first" >&2
  exit 1
fi
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
server_pids=()
in_fds=""
cleanup() {
  # Closing the servers' standard input stops them; kill only if one does not stop in time.
  for fd in $in_fds; do exec {fd}>&-; done
  for pid in "${server_pids[@]}"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# wrk sends GET by default; a preflight needs a Lua script.
cat >"$work/request.lua" <<LUA
wrk.headers["Origin"] = "$ORIGIN"
if "$REQUEST" == "preflight" then
  wrk.method = "OPTIONS"
  wrk.headers["Access-Control-Request-Method"] = "DELETE"
  wrk.headers["Access-Control-Request-Headers"] = "authorization,content-type"
end
LUA

declare -A port
start_server() {
  local mode=$1 fifo="$work/$1.in" log="$work/$1.log"
  mkfifo "$fifo"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$jar" dev.credcors.bench.server.LoopbackServer "$mode" 0 \
    <"$fifo" >"$log" 2>&1 &
  server_pids+=($!)
  # Hold the write end open for the script's lifetime: the server stops at end of input.
  exec {fd}>"$fifo"
  in_fds+=" $fd"
  for _ in $(seq 1 120); do
    if grep -q '^READY' "$log"; then
      port[$mode]=$(awk '/^READY/ {print $3}' "$log")
      return
    fi
    sleep 0.5
  done
  cat "$log" >&2
  echo "server $mode did not start" >&2
  exit 1
}

# A server that answers wrongly must not be measured.
check_server() {
  local mode=$1 headers
  if [[ $REQUEST == preflight ]]; then
    headers=$(curl -s -o /dev/null -D - -X OPTIONS -H "Origin: $ORIGIN" \
      -H "Access-Control-Request-Method: DELETE" \
      -H "Access-Control-Request-Headers: authorization,content-type" \
      "http://127.0.0.1:${port[$mode]}$URL_PATH")
  else
    headers=$(curl -s -o /dev/null -D - -H "Origin: $ORIGIN" "http://127.0.0.1:${port[$mode]}$URL_PATH")
  fi
  local status allow
  status=$(head -1 <<<"$headers" | awk '{print $2}')
  allow=$(grep -i '^access-control-allow-origin:' <<<"$headers" | tr -d '\r' | awk '{print $2}' || true)
  if [[ $status != 2* ]] || { [[ $mode == none ]] && [[ -n $allow ]]; } ||
    { [[ $mode != none ]] && [[ $allow != "$ORIGIN" ]]; }; then
    echo "server $mode answers $REQUEST wrongly: status $status, allow-origin '$allow'" >&2
    exit 1
  fi
}

run_wrk() {
  local mode=$1 seconds=$2 out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" -s "$work/request.lua" \
    "http://127.0.0.1:${port[$mode]}$URL_PATH")
  if grep -q 'Non-2xx' <<<"$out"; then
    echo "$out" >&2
    echo "server $mode answered non-2xx during the run" >&2
    exit 1
  fi
  awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

read -ra modes <<<"$MODES"
total=$((${#modes[@]} * (WARMUP + ROUNDS * DURATION)))
echo "wrk.sh: ${REQUEST} ${URL_PATH}, modes: ${MODES}; warm-up ${WARMUP}s each, ${ROUNDS} rounds" \
  "of ${DURATION}s; wrk -t${THREADS} -c${CONNECTIONS}; about ${total}s of load"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
  "$(java -version 2>&1 | head -1)"

for mode in "${modes[@]}"; do
  start_server "$mode"
  check_server "$mode"
done
for mode in "${modes[@]}"; do
  echo "warming up $mode (port ${port[$mode]}) for ${WARMUP}s"
  run_wrk "$mode" "$WARMUP" >/dev/null
done

results="$work/results.tsv"
for round in $(seq 1 "$ROUNDS"); do
  order=("${modes[@]}")
  if ((round % 2 == 0)); then
    order=()
    for ((i = ${#modes[@]} - 1; i >= 0; i--)); do order+=("${modes[i]}"); done
  fi
  for mode in "${order[@]}"; do
    rps=$(run_wrk "$mode" "$DURATION")
    echo "round $round  $mode  $rps req/s"
    printf '%s\t%s\n' "$mode" "$rps" >>"$results"
  done
done

python3 - "$results" "${modes[@]}" <<'PY'
import statistics
import sys

path, modes = sys.argv[1], sys.argv[2:]
runs = {m: [] for m in modes}
with open(path) as f:
    for line in f:
        mode, rps = line.split()
        runs[mode].append(float(rps))
base = statistics.mean(runs["none"]) if "none" in runs else None
print()
print("| mode | req/s per round | mean req/s | spread (max-min)/mean | vs none |")
print("| --- | --- | ---: | ---: | ---: |")
for m in modes:
    r = runs[m]
    mean = statistics.mean(r)
    spread = (max(r) - min(r)) / mean
    ratio = f"{mean / base:.3f}" if base else "n/a"
    rounds = ", ".join(f"{x:.0f}" for x in r)
    print(f"| {m} | {rounds} | {mean:.0f} | {spread:.1%} | {ratio} |")
PY
