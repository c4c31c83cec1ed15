#!/usr/bin/env bash
# What the credcors processor adds to javac: generates a project of N (500) annotated Jakarta REST
# resources, then times javac on it without the processor (-proc:none) and with it, alternating
# over RUNS (3) runs each after one untimed run of each, and reports the medians and their ratio.
#
#   benchmarks/compile-bench.sh
#
# Settings (environment): N resources (500), RUNS per mode (3). Needs only the reactor jars; the
# processor path is resolved by Maven once (offline) before anything is timed.
set -euo pipefail

N=${N:-500}
RUNS=${RUNS:-3}

root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$(mktemp -d)}
[[ -n ${WORK:-} ]] || trap 'rm -rf "$work"' EXIT

echo "resolving the processor path (mvn -o package, not timed)"
mvn -B -q -o -f "$root/pom.xml" -pl cors-processor,cors-runtime-jaxrs -am -DskipTests \
  package dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/processor.cp" >/dev/null
version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' "$root/pom.xml" | head -1)
rs_version=$(sed -n 's:.*<jakarta.ws.rs-api.version>\(.*\)</jakarta.ws.rs-api.version>.*:\1:p' \
  "$root/pom.xml")
rs_api="$HOME/.m2/repository/jakarta/ws/rs/jakarta.ws.rs-api/$rs_version/jakarta.ws.rs-api-$rs_version.jar"
processor_path="$root/cors-processor/target/cors-processor-$version.jar:$(cat "$work/processor.cp")"
class_path="$root/cors-annotations/target/cors-annotations-$version.jar"
class_path+=":$root/cors-policy/target/cors-policy-$version.jar"
class_path+=":$root/cors-runtime-jaxrs/target/cors-runtime-jaxrs-$version.jar:$rs_api"
for jar in ${processor_path//:/ } ${class_path//:/ }; do
  [[ -f $jar ]] || { echo "missing $jar" >&2; exit 1; }
done

# Ten packages of N/10 resources, each resource a typical CRUD class: class-level policy with
# two origins and a subdomain pattern, four methods, one of them with its own policy.
echo "generating $N resources"
for ((i = 0; i < N; i++)); do
  pkg="com.example.api$((i % 10))"
  dir="$work/src/${pkg//.//}"
  mkdir -p "$dir"
  cat >"$dir/Resource$i.java" <<JAVA
package $pkg;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/r$i")
@CredentialedCors(
    origins = {"https://app.example.com", "https://admin.example.com"},
    originPatterns = "^https://[a-z0-9-]+\\\\.preview\\\\.example\\\\.com\$",
    allowHeaders = {"Content-Type", "Authorization"},
    exposeHeaders = "ETag")
public class Resource$i {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> list() {
    return List.of("a", "b");
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public String get(@PathParam("id") long id) {
    return Long.toString(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public void create(String body) {}

  @DELETE
  @Path("{id}")
  @CredentialedCors(origins = "https://admin.example.com")
  public void delete(@PathParam("id") long id) {}
}
JAVA
done
find "$work/src" -name '*.java' >"$work/sources.txt"

# Prints the wall time of one javac run in seconds.
javac_run() {
  local mode=$1 out="$work/out-$1"
  rm -rf "$out" && mkdir -p "$out/classes" "$out/generated"
  local proc=(-proc:none)
  [[ $mode == with ]] && proc=(-processorpath "$processor_path")
  local start end
  start=$(date +%s.%N)
  javac --release 17 -nowarn -cp "$class_path" "${proc[@]}" -d "$out/classes" \
    -s "$out/generated" @"$work/sources.txt" >"$out/javac.log" 2>&1 ||
    { cat "$out/javac.log" >&2; echo "javac ($mode) failed" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

echo "untimed first run of each mode"
javac_run without >/dev/null
javac_run with >/dev/null
generated=$(find "$work/out-with/generated" -name '*_CredentialedCors.java' | wc -l)
if ((generated != N)); then
  echo "the processor generated $generated classes for $N resources; not timing it" >&2
  exit 1
fi

: >"$work/times.tsv"
for ((r = 1; r <= RUNS; r++)); do
  for mode in without with; do
    t=$(javac_run "$mode")
    printf 'run %d  %-7s  %.2f s\n' "$r" "$mode" "$t"
    printf '%s\t%s\n' "$mode" "$t" >>"$work/times.tsv"
  done
done

python3 - "$work/times.tsv" "$N" <<'PY'
import statistics
import sys

runs = {"without": [], "with": []}
with open(sys.argv[1]) as f:
    for line in f:
        mode, t = line.split()
        runs[mode].append(float(t))
n = sys.argv[2]
print()
print(f"| javac, {n} resources | runs (s) | median (s) | spread (max-min)/median |")
print("| --- | --- | ---: | ---: |")
for mode in ("without", "with"):
    r = runs[mode]
    med = statistics.median(r)
    print(f"| {mode} processor | {', '.join(f'{x:.2f}' for x in r)} | {med:.2f} | "
          f"{(max(r) - min(r)) / med:.1%} |")
ratio = statistics.median(runs["with"]) / statistics.median(runs["without"])
print()
print(f"with / without (medians): {ratio:.3f}  (processor adds {ratio - 1:+.1%})")
PY
