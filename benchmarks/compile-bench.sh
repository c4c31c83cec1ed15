#!/usr/bin/env bash
# What the credcors processor adds to javac: generates a project of N (500) annotated Jakarta REST
# resources, then times javac on it, alternating over RUNS (3) runs of each mode after one untimed
# run of each, and reports the medians and their ratios:
#   without    -proc:none, the resources alone
#   generated  -proc:none, the resources plus the sources the processor generates for them: what
#              compiling the generated code costs, without running any processor
#   with       the processor on the processor path, as a Maven or Gradle build runs it
#   floor      the floor of any processor that, like credcors, writes one class per resource:
#              FloorProcessor writes `final class <Resource>_CorsFilter {}` for each one through
#              the Filer, with the resource as originating element, and does nothing else
#   noop-proc  FloorProcessor finding the annotated resources and writing nothing: the price of
#              having a processor at all
#   generated-empty  -proc:none, the resources plus the floor's empty classes: with `generated`,
#              what the content of the generated filters costs to compile, over an empty class
#   av-without the anchor: N @AutoValue classes of four properties each (AutoValue 1.11.1, a
#              well-tuned processor that also writes one class per annotated type), -proc:none
#   av-with    the same with AutoValue on the processor path
# Then the same in a warm JVM (WarmJavac: javac in process, as in a Gradle daemon or an IDE). All
# modes alternate within each round, so a load change on the machine hits them alike.
#
#   benchmarks/compile-bench.sh
#
# Settings (environment): N resources (500), RUNS per mode (3), WARM_UPS in the warm JVM (5),
# PROFILE=1 to record one more run with the processor under Java Flight Recorder and print where
# javac's main thread spent its samples. Needs the reactor jars and benchmarks.jar; the processor
# path is resolved by Maven once (offline) before anything is timed.
set -euo pipefail

N=${N:-500}
RUNS=${RUNS:-3}
WARM_UPS=${WARM_UPS:-5}

root=$(cd "$(dirname "$0")/.." && pwd)
if [[ ! -f $root/benchmarks/target/benchmarks.jar ]]; then
  echo "missing benchmarks.jar: run mvn -B -q -o package -pl benchmarks -am first" >&2
  exit 1
fi
work=${WORK:-$(mktemp -d)}
[[ -n ${WORK:-} ]] || trap 'rm -rf "$work"' EXIT

echo "resolving the processor path (mvn -o package, not timed)"
mvn -B -q -o -f "$root/pom.xml" -pl cors-processor,cors-runtime-jaxrs -am -DskipTests \
  package org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$work/processor.cp" >/dev/null
version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' "$root/pom.xml" | head -1)
rs_version=$(sed -n 's:.*<jakarta.ws.rs-api.version>\(.*\)</jakarta.ws.rs-api.version>.*:\1:p' \
  "$root/pom.xml")
rs_api="$HOME/.m2/repository/jakarta/ws/rs/jakarta.ws.rs-api/$rs_version/jakarta.ws.rs-api-$rs_version.jar"
# The processor jar and its runtime dependencies only, as annotationProcessorPaths resolves them.
processor_path="$root/cors-processor/target/cors-processor-$version.jar:$(cat "$work/processor.cp")"
class_path="$root/cors-annotations/target/cors-annotations-$version.jar"
class_path+=":$root/cors-policy/target/cors-policy-$version.jar"
class_path+=":$root/cors-runtime-jaxrs/target/cors-runtime-jaxrs-$version.jar:$rs_api"
av_version=1.11.1
av_dir="$HOME/.m2/repository/com/google/auto/value"
if [[ ! -f $av_dir/auto-value/$av_version/auto-value-$av_version.jar ||
  ! -f $av_dir/auto-value-annotations/$av_version/auto-value-annotations-$av_version.jar ]]; then
  echo "resolving AutoValue $av_version (not timed)"
  for artifact in auto-value auto-value-annotations; do
    mvn -B -q dependency:get -Dartifact="com.google.auto.value:$artifact:$av_version" >/dev/null
  done
fi
av_processor_path="$av_dir/auto-value/$av_version/auto-value-$av_version.jar"
av_class_path="$av_dir/auto-value-annotations/$av_version/auto-value-annotations-$av_version.jar"
for jar in ${processor_path//:/ } ${class_path//:/ } $av_processor_path $av_class_path; do
  [[ -f $jar ]] || { echo "missing $jar" >&2; exit 1; }
done
# FloorProcessor alone on its processor path (not the whole benchmarks.jar, whose size javac
# would pay for), named with -processor: no service file registers it.
floor_path="$work/floor-classes"
mkdir -p "$floor_path"
(cd "$floor_path" && unzip -q -o "$root/benchmarks/target/benchmarks.jar" \
  'dev/credcors/bench/compile/FloorProcessor*.class')
floor_proc=(-processorpath "$floor_path" -processor dev.credcors.bench.compile.FloorProcessor)

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

# The anchor: as many @AutoValue value classes, in ten packages too.
for ((i = 0; i < N; i++)); do
  pkg="com.example.value$((i % 10))"
  dir="$work/av-src/${pkg//.//}"
  mkdir -p "$dir"
  cat >"$dir/Value$i.java" <<JAVA
package $pkg;

import com.google.auto.value.AutoValue;
import java.util.List;

@AutoValue
public abstract class Value$i {

  public abstract long id();

  public abstract String name();

  public abstract List<String> tags();

  public abstract boolean active();
}
JAVA
done
find "$work/av-src" -name '*.java' >"$work/av-sources.txt"

# Prints the wall time of one javac run in seconds. Each run writes into a directory of its own,
# kept until the end: deleting a run's 1,000 to 2,000 files right before the next one made that
# next run pay for the deletion (this machine's disk is mounted with online discard), which
# charged every mode that writes more files, the processors above all, for the previous run.
javac_run() {
  local mode=$1 out="$work/out-$1${2:+-$2}"
  mkdir -p "$out/classes" "$out/generated"
  local proc=(-proc:none) extra=() cp=$class_path sources=$work/sources.txt
  [[ $mode == with ]] && proc=(-processorpath "$processor_path")
  [[ $mode == floor ]] && proc=("${floor_proc[@]}")
  [[ $mode == noop-proc ]] && proc=("${floor_proc[@]}" -Acredcors.bench.floor.write=false)
  [[ $mode == generated ]] && extra=(@"$work/generated.txt")
  [[ $mode == generated-empty ]] && extra=(@"$work/generated-empty.txt")
  if [[ $mode == av-* ]]; then
    cp=$av_class_path sources=$work/av-sources.txt
    [[ $mode == av-with ]] && proc=(-processorpath "$av_processor_path")
  fi
  local start end
  start=$(date +%s.%N)
  javac ${JAVAC_JFR:-} --release 17 -nowarn -cp "$cp" "${proc[@]}" -d "$out/classes" \
    -s "$out/generated" @"$sources" "${extra[@]}" >"$out/javac.log" 2>&1 ||
    { cat "$out/javac.log" >&2; echo "javac ($mode) failed" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

echo "untimed first run of each mode"
javac_run without >/dev/null
javac_run with >/dev/null
mkdir -p "$work/generated"
cp -r "$work/out-with/generated/." "$work/generated/"
find "$work/generated" -name '*_CorsFilter.java' >"$work/generated.txt"
generated=$(wc -l <"$work/generated.txt")
if ((generated != N)); then
  echo "the processor generated $generated classes for $N resources; not timing it" >&2
  exit 1
fi
javac_run generated >/dev/null
javac_run floor >/dev/null
floor_generated=$(find "$work/out-floor/generated" -name '*_CorsFilter.java' | wc -l)
if ((floor_generated != N)); then
  echo "the floor processor generated $floor_generated classes for $N resources" >&2
  exit 1
fi
mkdir -p "$work/generated-empty"
cp -r "$work/out-floor/generated/." "$work/generated-empty/"
find "$work/generated-empty" -name '*_CorsFilter.java' >"$work/generated-empty.txt"
javac_run generated-empty >/dev/null
javac_run noop-proc >/dev/null
javac_run av-without >/dev/null
javac_run av-with >/dev/null
av_generated=$(find "$work/out-av-with/generated" -name 'AutoValue_*.java' | wc -l)
if ((av_generated != N)); then
  echo "AutoValue generated $av_generated classes for $N value classes; not timing it" >&2
  exit 1
fi

: >"$work/times.tsv"
for ((r = 1; r <= RUNS; r++)); do
  for mode in without generated generated-empty with floor noop-proc av-without av-with; do
    t=$(javac_run "$mode" "run$r")
    printf 'run %d  %-7s  %.2f s\n' "$r" "$mode" "$t"
    printf '%s\t%s\n' "$mode" "$t" >>"$work/times.tsv"
  done
done

summarize() {
  python3 - "$1" "$N" "$2" <<'PY'
import statistics
import sys

runs = {}
with open(sys.argv[1]) as f:
    for line in f:
        mode, t = line.split()
        runs.setdefault(mode, []).append(float(t))
n, title = sys.argv[2], sys.argv[3]
base = statistics.median(runs["without"])
print()
print(f"| {title}, {n} resources | runs (s) | median (s) | spread (max-min)/median "
      "| vs without |")
print("| --- | --- | ---: | ---: | ---: |")
for mode, r in runs.items():
    med = statistics.median(r)
    print(f"| {mode} | {', '.join(f'{x:.2f}' for x in r)} | {med:.2f} | "
          f"{(max(r) - min(r)) / med:.1%} | {med / base:.3f} |")
if "av-with" in runs:
    # Added time per annotated type, each processor against its own sources without it; and the
    # same per round, pairing the runs of one round, so the spread says how noisy the ratio is.
    def added(w, wo):
        return [(a - b) * 1000 / int(n) for a, b in zip(runs[w], runs[wo])]
    theirs = added("av-with", "av-without")
    print()
    print("added per annotated type (ms) and its ratio to AutoValue's, per round:")
    print(f"  AutoValue: {statistics.median(theirs):.2f} "
          f"(rounds {', '.join(f'{x:.2f}' for x in theirs)})")
    for mode, label in [("with", "credcors"), ("floor", "floor (one empty class each)"),
                        ("noop-proc", "noop-proc (a processor, no file)")]:
        if mode not in runs:
            continue
        ours = added(mode, "without")
        ratios = [a / b for a, b in zip(ours, theirs) if b > 0]
        print(f"  {label}: {statistics.median(ours):.2f} "
              f"(rounds {', '.join(f'{x:.2f}' for x in ours)}); / AutoValue per round: "
              f"{', '.join(f'{x:.2f}' for x in ratios)}"
              + (f", median {statistics.median(ratios):.2f}" if ratios else ""))
    if "generated-empty" in runs and "floor" in runs:
        # What compiling the generated filters' content costs over an empty class, and the floor
        # plus that content: what any processor that writes these classes, one per resource,
        # costs at least, however cheap its own work.
        content = [(g - e) * 1000 / int(n)
                   for g, e in zip(runs["generated"], runs["generated-empty"])]
        bound = [f + c for f, c in zip(added("floor", "without"), content)]
        ratios = [b / t for b, t in zip(bound, theirs) if t > 0]
        print(f"  the generated content over an empty class: {statistics.median(content):.2f} "
              f"(rounds {', '.join(f'{x:.2f}' for x in content)})")
        print(f"  floor + content: {statistics.median(bound):.2f} "
              f"(rounds {', '.join(f'{x:.2f}' for x in bound)}); / AutoValue per round: "
              f"{', '.join(f'{x:.2f}' for x in ratios)}"
              + (f", median {statistics.median(ratios):.2f}" if ratios else ""))
PY
}
summarize "$work/times.tsv" "cold javac"

echo
echo "warm JVM: javac in process, $WARM_UPS untimed + $RUNS timed runs of each mode"
java -cp "$root/benchmarks/target/benchmarks.jar" dev.credcors.bench.compile.WarmJavac \
  "$work/sources.txt" "$class_path" "$processor_path" "$WARM_UPS" "$RUNS" \
  "$work/av-sources.txt" "$av_class_path" "$av_processor_path" \
  "$work/generated.txt" "$work/generated-empty.txt" >"$work/warm.tsv"
summarize "$work/warm.tsv" "warm javac"

if [[ -n ${PROFILE:-} ]]; then
  echo
  echo "profiling one run with the processor (Java Flight Recorder, 2 ms samples)"
  cat >"$work/profile.jfc" <<'JFC'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting>
    <setting name="period">2 ms</setting></event>
</configuration>
JFC
  JAVAC_JFR="-J-XX:FlightRecorderOptions=stackdepth=512"
  JAVAC_JFR+=" -J-XX:StartFlightRecording=filename=$work/javac.jfr,settings=$work/profile.jfc"
  javac_run with profile >/dev/null
  jfr print --stack-depth 512 --events jdk.ExecutionSample "$work/javac.jfr" >"$work/samples.txt"
  python3 - "$work/samples.txt" <<'PY'
import re
import sys

frames_of = []
for event in open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]:
    if "javaThreadId = 1)" in event:  # javac's main thread
        frames_of.append(set(re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)))
print(f"javac main thread: {len(frames_of)} samples; share of samples inside each frame:")
for label, needle in [
    ("whole compilation", "JavaCompiler.compile"),
    ("annotation processing (all rounds)", "JavaCompiler.processAnnotations"),
    ("  credcors processor, process()", "CredentialedCorsProcessor.process"),
    ("    reading the declarations", "DeclarationReader.read"),
    ("    policy validation", "PolicyValidator.validate"),
    ("      pattern analysis", "PatternRules.analyse"),
    ("    code generation", "CredentialedCorsProcessor.generate"),
    ("      writing the source text", "FilterWriter.write"),
    ("      javac Filer.createSourceFile", "JavacFiler.createSourceFile"),
    ("    inventory (last round)", "CredentialedCorsProcessor.writeInventory"),
    ("  javac entering the next round", "JavacProcessingEnvironment$Round.<init>"),
    ("attribution (all classes)", "JavaCompiler.attribute"),
    ("class file generation", "JavaCompiler.generate"),
]:
    n = sum(1 for frames in frames_of if any(f.endswith(needle) for f in frames))
    print(f"  {100 * n / max(len(frames_of), 1):5.1f}%  {label}")
PY
fi
