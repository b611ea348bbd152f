#!/usr/bin/env bash
# Packaging proof for the examples: the shaded jar (driverkit-examples-<version>-all.jar: the drivers,
# driverkit-runtime and jackson-core, no engine) runs the demo through Spark's own submit entry point,
# org.apache.spark.deploy.SparkSubmit, as an application jar: first with a local master, then against
# a Spark standalone cluster started here on loopback (a Master and one Worker JVM; the demo's tasks
# run in an executor JVM the Worker launches, which gets the application jar the way a real cluster
# does). Each run must find every driver of the jar in the registry, in the driver JVM and inside the
# Spark tasks, and must end with "All engines agree".
#
# Usage: examples/scripts/spark-submit-check.sh [local|cluster|all]     (default: all)
# Environment:
#   SKIP_BUILD=1   use the jar already built (else: mvn -B -q install -DskipTests from the project root)
#   WORK=<dir>     where logs, the demo's output and the cluster's SPARK_HOME go (default: a new temp dir)
#   JAVA_HOME      the JDK to run (default: java on PATH)
#
# Spark comes from the Maven class path of the examples module (spark-sql_2.13, provided there), as a
# SPARK_HOME would hold it: the worker launches executors with SPARK_HOME/jars/*, so SPARK_HOME here is
# a folder of symbolic links to those jars. DFLib and DuckDB (the demo's PANDAS / asDf engines, which
# the driver JVM alone uses) are handed over with --jars, as an application's own dependencies are.
# Nothing listens beyond 127.0.0.1: SPARK_LOCAL_IP and spark.driver.host keep every socket on loopback,
# the application's web UI is off, and the Master's and Worker's web UIs (which Spark cannot turn off)
# bind to loopback on ephemeral ports. Both cluster JVMs are stopped when the script exits.
set -euo pipefail

MODE=${1:-all}
case "$MODE" in local | cluster | all) ;; *) echo "usage: $0 [local|cluster|all]" >&2; exit 2 ;; esac

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EXAMPLES="$ROOT/examples"
WORK=${WORK:-$(mktemp -d -t driverkit-spark-submit.XXXXXX)}
mkdir -p "$WORK"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
SCRIPT_START=$(date +%s.%N)
TIMINGS=()

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
step() { printf '\n== %s ==\n' "$*"; }
timing() { TIMINGS+=("$(printf '%-34s %6s s' "$1" "$2")"); }
fail() { echo "FAILED: $*" >&2; exit 1; }

# ---- build ----
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "Building the project (mvn -B -q install -DskipTests)"
  start=$(date +%s.%N)
  (cd "$ROOT" && mvn -B -q install -DskipTests)
  timing "build" "$(elapsed "$start")"
fi
APP_JAR=$(ls "$EXAMPLES"/target/driverkit-examples-*-all.jar 2>/dev/null | head -n 1)
[ -f "$APP_JAR" ] || fail "no shaded jar in $EXAMPLES/target: build first (or unset SKIP_BUILD)"
echo "application jar: $APP_JAR ($(du -k "$APP_JAR" | cut -f1) KiB)"

# Every driver the jar registers, from its registry entries: what each run must find.
EXPECTED_KINDS=$("${JAVA_HOME:+$JAVA_HOME/bin/}jar" tf "$APP_JAR" | sed -n 's#^driverkit/registry/\(source\|target\)s/\(.*\)\.properties$#\1:\2#p' | sort | paste -sd, -)
[ -n "$EXPECTED_KINDS" ] || fail "the jar has no registry entries"
echo "drivers in the jar: $EXPECTED_KINDS"

# ---- class paths ----
step "Resolving Spark's class path from the examples module"
start=$(date +%s.%N)
(cd "$EXAMPLES" && mvn -B -q "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.includeScope=compile \
  -Dmdep.outputFile="$WORK/compile.classpath" >/dev/null)
SPARK_JARS=()
APP_DEPS=()
IFS=: read -r -a ENTRIES <<< "$(cat "$WORK/compile.classpath")"
for jar in "${ENTRIES[@]}"; do
  case "$jar" in
    */dev/driverkit/*) ;; # driverkit-runtime is inside the application jar: it must come from there
    */org/dflib/* | */org/duckdb/* | */org/apache/commons/commons-csv/*) APP_DEPS+=("$jar") ;;
    *) SPARK_JARS+=("$jar") ;;
  esac
done
SPARK_CP=$(IFS=:; echo "${SPARK_JARS[*]}")
DEPS_CSV=$(IFS=,; echo "${APP_DEPS[*]}")
echo "Spark class path: ${#SPARK_JARS[@]} jars; --jars: ${APP_DEPS[*]##*/}"
timing "class path" "$(elapsed "$start")"

# The JVM flags Spark needs on Java 17+, as the parent pom sets them for the tests.
read -r -a JVM_FLAGS <<< "$(sed -n 's:.*<spark.test.argLine>\(.*\)</spark.test.argLine>.*:\1:p' "$ROOT/pom.xml")"
[ "${#JVM_FLAGS[@]}" -gt 0 ] || fail "no spark.test.argLine in $ROOT/pom.xml"
LOG_CONFIG="-Dlog4j2.configurationFile=$EXAMPLES/src/demo/log4j2.properties"
export SPARK_LOCAL_IP=127.0.0.1

# Runs the demo through SparkSubmit against master $1, output folder $2, log $3; checks its output.
submit() {
  local master=$1 out=$2 log=$3
  shift 3
  set +e
  "$JAVA" "${JVM_FLAGS[@]}" "$LOG_CONFIG" -cp "$SPARK_CP" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --deploy-mode client \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
    --conf spark.sql.session.timeZone=UTC "$@" \
    --class dev.driverkit.examples.demo.Demo --jars "$DEPS_CSV" "$APP_JAR" "$out" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  [ "$status" -eq 0 ] || fail "SparkSubmit against $master exited with $status (log: $log)"
  grep -q "All engines agree" "$log" || fail "the demo did not end with 'All engines agree' (log: $log)"
  grep -q "=> every driver found in the tasks' registry" "$log" || fail "the tasks' registry differs (log: $log)"
  local found
  found=$(sed -n 's/^  driver JVM [^:]*: \[\(.*\)\]$/\1/p' "$log" | tr -d ' ' | tr ',' '\n' | sort | paste -sd, -)
  [ "$found" = "$EXPECTED_KINDS" ] || fail "the driver JVM's registry lists [$found], the jar registers [$EXPECTED_KINDS]"
}

# ---- local master ----
if [ "$MODE" != cluster ]; then
  step "SparkSubmit, master local[2]"
  start=$(date +%s.%N)
  submit "local[2]" "$WORK/local" "$WORK/submit-local.log"
  timing "SparkSubmit local[2]" "$(elapsed "$start")"
fi

# ---- standalone cluster ----
MASTER_PID=""
WORKER_PID=""
stop_cluster() {
  local pid children=""
  if [ -n "$WORKER_PID" ]; then
    children=$(pgrep -P "$WORKER_PID" || true) # executors the worker launched
  fi
  for pid in $WORKER_PID $MASTER_PID; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $WORKER_PID $MASTER_PID $children; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  MASTER_PID=""
  WORKER_PID=""
}
trap stop_cluster EXIT

# Waits up to $3 seconds for pattern $2 in log $1 (while process $4 lives).
wait_for() {
  local log=$1 pattern=$2 seconds=$3 pid=$4
  for _ in $(seq 1 $((seconds * 5))); do
    grep -q "$pattern" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || fail "process $pid ended before '$pattern' (log: $log)"
    sleep 0.2
  done
  fail "no '$pattern' in $log within $seconds s"
}

if [ "$MODE" != local ]; then
  step "Spark standalone cluster on 127.0.0.1: one Master, one Worker (1 core, 1 GiB)"
  start=$(date +%s.%N)
  export SPARK_HOME="$WORK/spark-home" SPARK_SCALA_VERSION=2.13
  rm -rf "$SPARK_HOME" "$WORK/worker"
  mkdir -p "$SPARK_HOME/jars" "$WORK/worker"
  for jar in "${SPARK_JARS[@]}"; do
    ln -s "$jar" "$SPARK_HOME/jars/$(basename "$jar")" 2>/dev/null || fail "two Spark jars named $(basename "$jar")"
  done
  "$JAVA" "${JVM_FLAGS[@]}" -cp "$SPARK_CP" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 0 --webui-port 0 > "$WORK/master.log" 2>&1 &
  MASTER_PID=$!
  wait_for "$WORK/master.log" "Starting Spark master at spark://" 60 "$MASTER_PID"
  MASTER_URL=$(sed -n 's/.*Starting Spark master at \(spark:\/\/[0-9.:]*\).*/\1/p' "$WORK/master.log" | head -n 1)
  echo "master $MASTER_URL (pid $MASTER_PID)"
  "$JAVA" "${JVM_FLAGS[@]}" -cp "$SPARK_CP" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 --work-dir "$WORK/worker" "$MASTER_URL" \
    > "$WORK/worker.log" 2>&1 &
  WORKER_PID=$!
  wait_for "$WORK/worker.log" "Successfully registered with master" 60 "$WORKER_PID"
  echo "worker registered (pid $WORKER_PID)"
  timing "cluster start" "$(elapsed "$start")"

  step "SparkSubmit, master $MASTER_URL"
  start=$(date +%s.%N)
  submit "$MASTER_URL" "$WORK/cluster" "$WORK/submit-cluster.log" \
    --conf spark.executor.memory=1g --conf spark.cores.max=1
  grep -q "(another JVM): every driver found" "$WORK/submit-cluster.log" \
    || fail "no task ran in an executor JVM other than the driver's (log: $WORK/submit-cluster.log)"
  timing "SparkSubmit on the cluster" "$(elapsed "$start")"
  executor_logs=$(find "$WORK/worker" -name stderr | head -n 1)
  echo "executor log: ${executor_logs:-none}"
  start=$(date +%s.%N)
  stop_cluster
  timing "cluster stop" "$(elapsed "$start")"
fi

step "Timings"
printf '  %s\n' "${TIMINGS[@]}"
printf '  %-34s %6s s\n' "total" "$(elapsed "$SCRIPT_START")"
echo "OK: every driver ($EXPECTED_KINDS) found through SparkSubmit ($MODE); logs in $WORK"
