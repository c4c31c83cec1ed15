#!/usr/bin/env bash
# Target 3 of issue 11 over several JVMs: runs PairedPipeline RUNS (5) times for each container,
# alternating Jersey and RESTEasy, and prints, for each container, endpoint and mode, the median
# points over HEADERS_ONLY of every run and the median of those; then the same for credcors over
# ORIGIN_ECHO_PASS and ORIGIN_ECHO, filters that read Origin and write the headers (the first after
# credcors' header pass) but decide nothing. One run's median has quartiles about 1 point wide, but
# medians move by up to 3 points from one JVM to the next (what the JIT made of the shared container
# code that time), more than the 1 point the target is about; the median over JVMs is the number to
# read.
#
#   benchmarks/paired-pipeline-runs.sh
#
# Settings (environment): RUNS (5); OUT, the directory for each run's full output
# (target/paired-pipeline-runs); SUMMARIZE_ONLY=1 prints the summary of the outputs already in OUT.
# Needs benchmarks.jar. About 2.5 minutes per run and container.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
OUT=${OUT:-benchmarks/target/paired-pipeline-runs}
JAR=benchmarks/target/benchmarks.jar

if [ "${SUMMARIZE_ONLY:-0}" != 1 ]; then
  [ -f "$JAR" ] || { echo "build first: mvn -B -q -o package -pl benchmarks -am" >&2; exit 1; }
  mkdir -p "$OUT"
  for run in $(seq 1 "$RUNS"); do
    for container in jersey resteasy; do
      echo "run $run of $RUNS: $container" >&2
      java -cp "$JAR" dev.credcors.bench.pipeline.PairedPipeline "$container" 25 100 40 \
        > "$OUT/pipeline-$container-$run.txt" 2>/dev/null
    done
  done
fi

# Prints, for each endpoint and mode, column COLUMN of every run's points table ("| NOOP |
# CREDCORS | +2.3 [-0.1, +3.9] | ... |"), each run's median, then their median; rows without a value
# in that column are left out.
summarize() {
  awk -F'|' -v column="$1" '
    FNR == 1 { table = 0 }
    /^\| endpoint \| mode \| points over HEADERS_ONLY/ { table = 1; next }
    table && /^\| [A-Z]/ {
      key = $2 "|" $3
      gsub(/^ +| +$/, "", key); gsub(/ *\| */, "|", key)
      if (split($column, cell, " ") == 0) next
      if (!(key in seen)) { seen[key] = 1; order[++keys] = key }
      values[key] = values[key] " " cell[1]
    }
    END {
      for (i = 1; i <= keys; i++) {
        key = order[i]
        n = split(substr(values[key], 2), v, " ")
        for (a = 1; a <= n; a++) sorted[a] = v[a] + 0
        for (a = 2; a <= n; a++) {
          x = sorted[a]
          for (b = a - 1; b >= 1 && sorted[b] > x; b--) sorted[b + 1] = sorted[b]
          sorted[b + 1] = x
        }
        median = n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
        split(key, part, "|")
        printf "| %s | %s | %s | %+.1f |\n", part[1], part[2], substr(values[key], 2), median
      }
    }' "${@:2}"
}

for container in jersey resteasy; do
  shopt -s nullglob
  files=("$OUT"/pipeline-"$container"-*.txt)
  [ ${#files[@]} -gt 0 ] || continue
  for over in "4 HEADERS_ONLY" "6 ORIGIN_ECHO_PASS (credcors' decision and the rest of its work)" \
    "7 ORIGIN_ECHO (the same, and the header pass)"; do
    echo
    echo "$container, ${#files[@]} runs: points over ${over#* }," \
      "each run's median, then their median"
    echo
    echo "| endpoint | mode | each run | median |"
    echo "| --- | --- | --- | ---: |"
    summarize "${over%% *}" "${files[@]}"
  done
done
