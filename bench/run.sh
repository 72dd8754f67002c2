#!/usr/bin/env bash
# Benchmark, one sitting, side by side (issue 6): (a) our analyze, whole process, embedded Spark;
# (b) ../shared/bench/peer_gdal.sh on the same scene; (c) the floor: reading both bands once through GDAL
# from Java. Medians of RUNS runs (default 3), peak RSS of each, and the ratios a/b and a/c.
# usage: bench/run.sh [SIZE=8000] [RUNS=3]     (called by ./forest bench)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${FOREST_SHARED:-$ROOT/../shared}"
SIZE="${1:-8000}"; RUNS="${2:-3}"
DATA="${FOREST_BENCH_DATA:-$HOME/.cache/forest-coverage/bench-$SIZE}"
[ -d "$SHARED/bench" ] || { echo "bench: $SHARED/bench is absent" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }
if [ ! -f "$DATA/scene.tif" ]; then
  echo "[bench] generating the $SIZE x $SIZE scene into $DATA" >&2
  /usr/bin/python3 "$SHARED/bench/gen_scene.py" "$DATA" "$SIZE" >/dev/null
fi
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT

measure() { # name, command... -> appends "name seconds maxrss_kb" to $OUT/times
  local name=$1; shift
  local s e
  s=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$OUT/rss" "$@" >"$OUT/log" 2>&1 || { cat "$OUT/log" >&2; exit 1; }
  e=$(date +%s.%N)
  echo "$name $(echo "$e - $s" | bc) $(cat "$OUT/rss")" >> "$OUT/times"
}
for i in $(seq "$RUNS"); do
  measure analyze "$ROOT/forest" analyze --scene "$DATA/scene.tif" --year 2020 --red-band 1 --nir-band 2 \
      --districts "$DATA/districts.geojson" --id-field district_id --out "$OUT/ours" --master 'local[2]'
  measure peer_gdal bash "$SHARED/bench/peer_gdal.sh" "$DATA/scene.tif" "$DATA/districts.geojson" "$OUT/peer.csv" "$OUT"
  measure floor "$ROOT/forest" floor "$DATA/scene.tif" --threads 2
done
python3 - "$OUT/times" "$SIZE" <<'PY'
import sys, statistics as st
rows = {}
for line in open(sys.argv[1]):
    n, s, rss = line.split(); rows.setdefault(n, []).append((float(s), int(rss)))
med = {n: st.median(s for s, _ in v) for n, v in rows.items()}
peak = {n: max(r for _, r in v) for n, v in rows.items()}
print(f"scene {sys.argv[2]} x {sys.argv[2]}, medians of {len(rows['analyze'])} runs, 2 cores")
print(f"| {'run':<10} | {'wall s (median)':>15} | {'peak RSS MiB':>12} |")
print(f"|{'-'*12}|{'-'*17}|{'-'*14}|")
for n in ("analyze", "peer_gdal", "floor"):
    print(f"| {n:<10} | {med[n]:>15.2f} | {peak[n]/1024:>12.0f} |")
print(f"a/b (analyze / peer_gdal) = {med['analyze']/med['peer_gdal']:.2f}")
print(f"a/c (analyze / floor)     = {med['analyze']/med['floor']:.2f}")
PY
