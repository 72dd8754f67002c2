#!/usr/bin/env bash
# Benchmark, one sitting, side by side (issue 6). Prints one table and the ratios:
#   (a) our analyze, whole process (JVM + embedded Spark local[2]);  a_work = its tile stage alone
#   (b) ../shared/bench/peer_gdal.sh on the same scene
#   (c) the floor: reading both bands once through GDAL from Java (2 threads); c_work = the read alone
#   (d) analyze with local[1], for the scaling of the work after start-up
# Medians of RUNS runs (default 3), runs interleaved, peak RSS of each. Then the JMH kernel benchmark.
# With MEMORY=1 also the peak RSS of analyze on a 16000 x 16000 scene against the 8000 one.
# usage: bench/run.sh [SIZE=8000] [RUNS=3]     (./forest bench [SIZE] [RUNS])
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${FOREST_SHARED:-$ROOT/../shared}"
SIZE="${1:-8000}"; RUNS="${2:-3}"
CACHE="${FOREST_CACHE:-$HOME/.cache/forest-coverage}"
[ -d "$SHARED/bench" ] || { echo "bench: $SHARED/bench is absent" >&2; exit 1; }
scene() { # size -> folder with scene.tif and districts.geojson (generated once, cached)
  local d="${FOREST_BENCH_DATA:-$CACHE/bench-$1}"
  [ "$1" = "$SIZE" ] || d="$CACHE/bench-$1"
  if [ ! -f "$d/scene.tif" ]; then
    echo "[bench] generating the $1 x $1 scene into $d" >&2
    /usr/bin/python3 "$SHARED/bench/gen_scene.py" "$d" "$1" >/dev/null
  fi
  echo "$d"
}
DATA="$(scene "$SIZE")"
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
# the floor and the JMH kernel benchmark run from core's test class path (they are bench code, not the CLI)
CP="$OUT/core-test-cp.txt"
(cd "$ROOT" && mvn -q -B -o -pl core test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP" >/dev/null)
TEST_CP="$ROOT/core/target/test-classes:$ROOT/core/target/classes:$(cat "$CP")"
JNI_DIR="$(bash "$ROOT/scripts/setup.sh" | tail -n 1)"
FLOOR=(java -Djava.library.path="$JNI_DIR" -cp "$TEST_CP" org.forestcoverage.io.gdal.FloorRead)

measure() { # name, command... -> appends "name wall_s maxrss_kb work_s" to $OUT/times
  local name=$1; shift
  local s e work
  s=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$OUT/rss" "$@" >"$OUT/log" 2>&1 || { cat "$OUT/log" >&2; exit 1; }
  e=$(date +%s.%N)
  work=$(sed -n -e 's/^\[[0-9]*\/[0-9]*\] tiles .*(\([0-9.]*\) s)$/\1/p' -e 's/^read .* in \([0-9.]*\) s .*/\1/p' "$OUT/log" | tail -1)
  echo "$name $(echo "$e - $s" | bc) $(cat "$OUT/rss") ${work:-nan}" >> "$OUT/times"
  # the peer writes GBs of intermediates: flush them now, not during the next run's timing
  sync
}
analyze() { # size master -> the analyze command line in ARGS
  local d; d="$(scene "$1")"
  ARGS=("$ROOT/forest" analyze --scene "$d/scene.tif" --year 2020 --red-band 1 --nir-band 2 --scale 0.0001 --offset 0 --overwrite
        --districts "$d/districts.geojson" --id-field district_id --out "$OUT/ours" --master "$2" --zones "${ZONES:-centre}")
}
"${FLOOR[@]}" "$DATA/scene.tif" 2 >/dev/null 2>&1 || true   # warm the page cache
analyze "$SIZE" 'local[2]'; "${ARGS[@]}" >/dev/null 2>&1 || true
for i in $(seq "$RUNS"); do
  analyze "$SIZE" 'local[2]'; measure analyze "${ARGS[@]}"
  measure peer_gdal bash "$SHARED/bench/peer_gdal.sh" "$DATA/scene.tif" "$DATA/districts.geojson" "$OUT/peer.csv" "$OUT"
  measure floor "${FLOOR[@]}" "$DATA/scene.tif" 2
  analyze "$SIZE" 'local[1]'; measure analyze_1 "${ARGS[@]}"
done
if [ "${MEMORY:-0}" = 1 ]; then
  BIG=$((SIZE * 2)); scene "$BIG" >/dev/null
  analyze "$BIG" 'local[2]'; measure analyze_big "${ARGS[@]}"
fi
python3 - "$OUT/times" "$SIZE" <<'PY'
import sys, statistics as st
rows = {}
for line in open(sys.argv[1]):
    n, s, rss, w = line.split(); rows.setdefault(n, []).append((float(s), int(rss), float(w)))
med = {n: st.median(s for s, _, _ in v) for n, v in rows.items()}
work = {n: st.median(w for _, _, w in v) for n, v in rows.items()}
peak = {n: max(r for _, r, _ in v) for n, v in rows.items()}
print(f"scene {sys.argv[2]} x {sys.argv[2]}, medians of {len(rows['analyze'])} interleaved runs, 2 cores")
print(f"| {'run':<22} | {'wall s':>7} | {'work s':>7} | {'peak RSS MiB':>12} |")
print(f"|{'-'*24}|{'-'*9}|{'-'*9}|{'-'*14}|")
names = {"analyze": "(a) analyze local[2]", "peer_gdal": "(b) peer_gdal.sh", "floor": "(c) floor: GDAL read",
         "analyze_1": "(d) analyze local[1]", "analyze_big": "analyze, 2x size"}
for n in ("analyze", "peer_gdal", "floor", "analyze_1", "analyze_big"):
    if n in rows:
        w = "-" if work[n] != work[n] else f"{work[n]:.2f}"
        print(f"| {names[n]:<22} | {med[n]:>7.2f} | {w:>7} | {peak[n]/1024:>12.0f} |")
print(f"a/b  wall, analyze / peer_gdal           = {med['analyze']/med['peer_gdal']:.2f}  (target <= 0.5)")
print(f"a/c  work after start-up / floor read     = {work['analyze']/work['floor']:.2f}  (target <= 1.5)")
print(f"a/c  wall, analyze / floor process        = {med['analyze']/med['floor']:.2f}")
print(f"d/a  work, local[1] / local[2]            = {work['analyze_1']/work['analyze']:.2f}  (target >= 1.7)")
if "analyze_big" in rows:
    print(f"peak RSS, 2x size / size                 = {peak['analyze_big']/peak['analyze']:.2f}  (target <= 1.25)")
PY
echo
echo "JMH: the imglib2 kernels against plain loops over the same arrays (512 x 512 Int16 tile), launcher JVM settings,"
echo "two rounds, best of each"
# JMH runs the benchmarks one after the other, so a slow spell of this machine can land on one of them only; a
# second round and the best score of each (noise only ever slows a run down) keep the ratio from following it
for round in 1 2; do
  java -cp "$TEST_CP" org.openjdk.jmh.Main NdviKernelBenchmark \
    -wi 3 -i 5 -f 1 -rf csv -rff "$OUT/jmh$round.csv" 2>&1 | grep -E '^(Benchmark|NdviKernelBenchmark)'
done
python3 - "$OUT/jmh1.csv" "$OUT/jmh2.csv" <<'PY'
import csv, sys
r = {}
for f in sys.argv[1:]:
    for row in csv.DictReader(open(f)):
        k = row["Benchmark"].split(".")[-1]
        r[k] = max(r.get(k, 0.0), float(row["Score"]))
print(f"best of 2 rounds, ops/s: " + ", ".join(f"{k} {v:.0f}" for k, v in sorted(r.items())))
print(f"classify: imglib2 kernel / plain loop = {r['classifyKernel']/r['classifyPlainLoop']:.2f}  (target >= 0.7); "
      f"NDVI: imglib2 kernel / plain loop = {r['ndviKernel']/r['ndviPlainLoop']:.2f}")
PY
