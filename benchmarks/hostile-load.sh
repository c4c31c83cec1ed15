#!/usr/bin/env bash
# Hostile input under load (issue 12): each example server (Jersey on Grizzly, RESTEasy on
# Undertow) on 127.0.0.1 gets valid-only load, then at least 60 s of a mix of valid requests and
# hostile Origin / Access-Control-Request-Method / -Headers values (HostileLoad.java says which).
# Reports per server: 5xx responses (must be 0), exceptions in the server log (must be 0), heap
# used after a full GC at the start, after the valid phase and after the hostile phase (must be
# flat), the denial log lines (rate-limited), and throughput of the mix against valid-only.
#
#   mvn -B -q package -DskipTests -pl examples/jersey-app,examples/resteasy-app -am
#   benchmarks/hostile-load.sh
#
# Settings (environment): SERVERS (jersey resteasy), WARMUP (10), VALID (30) and HOSTILE (60)
# seconds, CONNECTIONS (8), MAX_REQUESTS per phase (20000000), JAVA_OPTS for the servers.
# Not part of mvn verify: it runs for minutes.
set -euo pipefail

SERVERS=${SERVERS:-"jersey resteasy"}
WARMUP=${WARMUP:-10}
VALID=${VALID:-30}
HOSTILE=${HOSTILE:-60}
CONNECTIONS=${CONNECTIONS:-8}
MAX_REQUESTS=${MAX_REQUESTS:-20000000}
JAVA_OPTS=${JAVA_OPTS:-"-Xms256m -Xmx256m"}
# The example API takes its development origins from configuration and refuses to start without
# them (docs/RUNTIME.md); the load itself uses the production origins.
EXAMPLE_ORIGINS=(-Dcredcors.example.app-origins=http://localhost:5173
  -Dcredcors.example.admin-origins=http://localhost:5174)

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

javac -d "$work/load" "$root/benchmarks/HostileLoad.java"

main_of() {
  case $1 in
    jersey) echo dev.credcors.examples.jersey.JerseyExample ;;
    resteasy) echo dev.credcors.examples.resteasy.ResteasyExample ;;
  esac
}

# Heap used (KiB) right after a full GC of the server JVM.
heap_after_gc() {
  jcmd "$1" GC.run >/dev/null
  sleep 1
  jcmd "$1" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { gsub(/K,?/, "", $(i+1)); print $(i+1); exit } }'
}

load() {
  java -cp "$work/load" HostileLoad "$1" "$2" "$3" "$CONNECTIONS" "$MAX_REQUESTS"
}

echo "$(java -version 2>&1 | head -1); $(nproc) cores; $(date -u +%FT%TZ)"
for server in $SERVERS; do
  module="$root/examples/$server-app"
  if [[ ! -f $module/target/runtime-classpath.txt ]]; then
    echo "missing $module/target/runtime-classpath.txt: run the mvn package line above" >&2
    exit 1
  fi
  log="$work/$server.log"
  : >"$log"
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${EXAMPLE_ORIGINS[@]}" \
    -cp "$module/target/classes:$(cat "$module/target/runtime-classpath.txt")" \
    "$(main_of "$server")" 0 >"$log" 2>&1 &
  server_pid=$!
  port=""
  for _ in $(seq 1 120); do
    port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log" | head -1 || true)
    [[ -n $port ]] && break
    sleep 0.5
  done
  [[ -n $port ]] || { echo "$server did not start:" >&2; cat "$log" >&2; exit 1; }

  load "$port" "$WARMUP" valid >/dev/null
  heap_start=$(heap_after_gc "$server_pid")
  valid=$(load "$port" "$VALID" valid)
  heap_mid=$(heap_after_gc "$server_pid")
  hostile=$(load "$port" "$HOSTILE" hostile)
  heap_end=$(heap_after_gc "$server_pid")

  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""

  exceptions=$(grep -cE 'Exception|Error:|^\s+at ' "$log" || true)
  denial_lines=$(grep -c 'CORS .* denied' "$log" || true)
  rps() { sed -n 's/.* rps=\([0-9]*\).*/\1/p' <<<"$1"; }
  fivexx() { sed -n 's/.* 5xx=\([0-9]*\) .*/\1/p' <<<"$1"; }
  echo
  echo "== $server"
  echo "valid:   $valid"
  echo "hostile: $hostile"
  echo "5xx: valid $(fivexx "$valid"), hostile $(fivexx "$hostile")"
  echo "exceptions logged: $exceptions"
  echo "denial log lines (INFO, rate-limited): $denial_lines"
  echo "heap after GC: start ${heap_start} KiB, after valid ${heap_mid} KiB, after hostile ${heap_end} KiB"
  echo "throughput: hostile mix $(rps "$hostile") req/s vs valid-only $(rps "$valid") req/s"
  if grep -qE 'Exception|Error:|^\s+at ' "$log"; then
    echo "-- first exception lines:"
    grep -m 20 -E 'Exception|Error:|^\s+at ' "$log"
  fi
done
