#!/usr/bin/env bash
# The multi-scene benchmark (issue 13), one sitting, runs interleaved, on ../shared/bench/multi: a year of cloudy
# Landsat scenes in two UTM zones (half warped), --zones centre --grid-crs EPSG:32650 --pixel-size 30.
#   (a) analyze local[2], whole process; work = its tile stage     (b) peer_composite.sh (GDAL tools + numpy)
#   (c) analyze local[1] (tile-stage scaling)                       for each SIZE, 8 scenes
#   (m) analyze local[2] on MEMORY_SIZE with 16 scenes, against (a) with 8: peak RSS
# Medians of RUNS runs (default 3). Data generated once into ~/.cache/forest-coverage/multi-SIZE-NSCENES
# (8000 with 8 scenes: about 5 min and 8 GB of disk; 4000: about 75 s, 1.9 GB).
# usage: bench/multi.sh [RUNS=3]    (./forest bench multi [RUNS]); env SIZES="4000 8000", MEMORY_SIZE=4000 (0: skip)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MULTI="${FOREST_SHARED:-$ROOT/../shared}/bench/multi"
RUNS="${1:-3}"
SIZES="${SIZES:-4000 8000}"
MEMORY_SIZE="${MEMORY_SIZE:-4000}"
CACHE="${FOREST_CACHE:-$HOME/.cache/forest-coverage}"
[ -f "$MULTI/gen_year.py" ] || { echo "bench: $MULTI is absent" >&2; exit 1; }
year() { # size nscenes -> folder with manifest.json and districts.geojson (generated once, cached)
  local d="$CACHE/multi-$1-$2"
  if [ ! -f "$d/manifest.json" ]; then
    echo "[bench] generating a year of $2 scenes, $1 x $1, into $d" >&2
    rm -rf "$d"
    /usr/bin/python3 "$MULTI/gen_year.py" "$d" "$1" "$2" >/dev/null
  fi
  echo "$d"
}
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
source "$ROOT/bench/measure.sh"
analyze() { # data master -> the analyze command line in ARGS
  ARGS=("$ROOT/forest" analyze --manifest "$1/manifest.json" --districts "$1/districts.geojson" --id-field district_id
        --out "$OUT/ours" --overwrite --zones centre --grid-crs EPSG:32650 --pixel-size 30 --master "$2")
}
for size in $SIZES; do
  data="$(year "$size" 8)"
  analyze "$data" 'local[2]'; "${ARGS[@]}" >/dev/null 2>&1 || true      # warm-up: build, class-data archive, page cache
  for i in $(seq "$RUNS"); do
    analyze "$data" 'local[2]'; measure "analyze_$size" "${ARGS[@]}"
    measure "peer_$size" bash "$MULTI/peer_composite.sh" "$data" "$data/districts.geojson" "$OUT/peer.csv" "$OUT/peer-work"
    analyze "$data" 'local[1]'; measure "analyze1_$size" "${ARGS[@]}"
  done
done
if [ "$MEMORY_SIZE" != 0 ]; then
  eight="$(year "$MEMORY_SIZE" 8)"; sixteen="$(year "$MEMORY_SIZE" 16)"
  for i in $(seq "$RUNS"); do
    analyze "$eight" 'local[2]'; measure "mem8" "${ARGS[@]}"
    analyze "$sixteen" 'local[2]'; measure "mem16" "${ARGS[@]}"
  done
fi
python3 - "$OUT/times" "$SIZES" "$ROOT/bench" <<'PY'
import sys
sys.path.insert(0, sys.argv[3])
from times import load, table_head
rows, med, work, peak = load(sys.argv[1])
print(f"multi-scene year (bench/multi), medians of {len(next(iter(rows.values())))} interleaved runs, 2 cores")
table_head(31)
label = lambda n: {"analyze": "analyze local[2], 8 scenes", "peer": "peer_composite.sh, 8 scenes",
                   "analyze1": "analyze local[1], 8 scenes", "mem8": "analyze local[2], 8 scenes",
                   "mem16": "analyze local[2], 16 scenes"}[n.split("_")[0] if "_" in n else n]
for n in rows:
    size = n.split("_")[1] if "_" in n else "mem"
    w = "-" if work[n] != work[n] else f"{work[n]:.2f}"
    print(f"| {label(n) + ' ' + size:<31} | {med[n]:>7.2f} | {w:>7} | {peak[n]/1024:>12.0f} |")
for size in sys.argv[2].split():
    print(f"size {size}: analyze / peer_composite.sh wall  = {med['analyze_' + size]/med['peer_' + size]:.2f}"
          f"  (target <= 0.4)")
    print(f"size {size}: tile stage local[1] / local[2]    = {work['analyze1_' + size]/work['analyze_' + size]:.2f}"
          f"  (target >= 1.7)")
if "mem16" in rows:
    print(f"peak RSS, 16 scenes / 8 scenes             = {peak['mem16']/peak['mem8']:.2f}  (target <= 1.25)")
PY
