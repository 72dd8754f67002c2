#!/usr/bin/env bash
# A Spark standalone cluster on this machine from spark-core's own Master and Worker classes (no Spark
# distribution needed), the same way StandaloneClusterTest starts one:
#   scripts/local-cluster.sh start [WORKERS] [CORES_EACH] [MEMORY_EACH]   default 2 1 1g
#   scripts/local-cluster.sh stop
# Master spark://127.0.0.1:7077 (web UI http://127.0.0.1:8080); logs, work dirs and pids in
# ${FOREST_CLUSTER_DIR:-/tmp/forest-local-cluster}. Executors load classes from the project's classpath
# (spark.executor.extraClassPath, as on a shared filesystem) and libgdalalljni.so from the directory
# scripts/setup.sh prints (spark.executor.extraLibraryPath, set by the job from GDAL_JNI_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${FOREST_CLUSTER_DIR:-${TMPDIR:-/tmp}/forest-local-cluster}"
PORT="${FOREST_CLUSTER_PORT:-7077}"
UI_PORT="${FOREST_CLUSTER_UI_PORT:-8080}"

classpath() {
  if [ ! -f "$ROOT/spark-job/target/classpath.txt" ]; then
    "$ROOT/forest" --version >/dev/null   # builds the project once
  fi
  echo "$ROOT/spark-job/target/classes:$ROOT/core/target/classes:$ROOT/test-tiles/target/classes:$(cat "$ROOT/spark-job/target/classpath.txt")"
}

java_opts() {
  sed -n 's:.*<java17.opens>\(.*\)</java17.opens>.*:\1:p' "$ROOT/pom.xml"
}

start_daemon() {  # name main-class args...
  local name="$1"; shift
  # the daemons need neither GDAL nor its JNI library: executors get the latter from the driver's settings
  # shellcheck disable=SC2046
  env -u LD_LIBRARY_PATH SPARK_HOME="$DIR/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    nohup java $(java_opts) -Xmx256m -cp "$CP" "$@" >"$DIR/$name.log" 2>&1 &
  echo $! >"$DIR/$name.pid"
}

case "${1:-}" in
  start)
    WORKERS="${2:-2}"; CORES="${3:-1}"; MEM="${4:-1g}"
    mkdir -p "$DIR/spark-home/jars"   # the worker's command builder looks for SPARK_HOME/jars
    CP="$(classpath)"
    start_daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" --webui-port "$UI_PORT"
    for i in $(seq 1 "$WORKERS"); do
      mkdir -p "$DIR/work-$i"
      start_daemon "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
        --cores "$CORES" --memory "$MEM" --work-dir "$DIR/work-$i" "spark://127.0.0.1:$PORT"
    done
    for _ in $(seq 1 120); do
      alive=$(curl -s "http://127.0.0.1:$UI_PORT/json/" 2>/dev/null | sed -n 's/.*"aliveworkers" : \([0-9]*\).*/\1/p' || true)
      [ "${alive:-0}" -ge "$WORKERS" ] && break
      sleep 1
    done
    [ "${alive:-0}" -ge "$WORKERS" ] || { echo "only ${alive:-0} of $WORKERS workers alive; see $DIR/*.log" >&2; exit 1; }
    EXEC_MEM="${FOREST_EXECUTOR_MEMORY:-640m}"
    cat <<EOT
spark://127.0.0.1:$PORT is up with $WORKERS worker(s) of $CORES core(s) and $MEM. Submit with:
  FOREST_JAVA_OPTS="-Dspark.executor.extraClassPath=\$(cat $DIR/classpath.txt) -Dspark.executor.memory=$EXEC_MEM -Dspark.driver.host=127.0.0.1" \\
    ./forest analyze ... --master spark://127.0.0.1:$PORT
Stop with: scripts/local-cluster.sh stop
EOT
    echo "$CP" >"$DIR/classpath.txt" ;;
  stop)
    for f in "$DIR"/worker-*.pid "$DIR"/master.pid; do
      [ -f "$f" ] || continue
      pid=$(cat "$f")
      # a worker's executors are its children: end them first, by pid
      for c in $(pgrep -P "$pid" 2>/dev/null || true); do kill "$c" 2>/dev/null || true; done
      kill "$pid" 2>/dev/null || true
      rm -f "$f"
    done ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
