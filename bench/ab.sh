#!/usr/bin/env bash
# A/B of settings on the benchmark scene: runs analyze on local[2] and local[1] for each variant, interleaved,
# and prints medians of the tile stage ("work") and of the whole process, with local[1]/local[2]. A variant is
# "-" (as is) or environment assignments, e.g. "GDAL_CACHEMAX=32" or "FOREST_JAVA_OPTS=-Xmn256m".
# Compare variants only within one sitting: this machine's speed drifts by 10-20 % within minutes.
# usage: bench/ab.sh RUNS VARIANT [VARIANT...]      e.g. bench/ab.sh 5 - GDAL_CACHEMAX=32
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:?usage: bench/ab.sh RUNS VARIANT [VARIANT...]}"; shift
[ $# -gt 0 ] || { echo "bench/ab.sh: give at least one variant ('-' for as is)" >&2; exit 1; }
DATA="${FOREST_BENCH_DATA:-${FOREST_CACHE:-$HOME/.cache/forest-coverage}/bench-8000}"
[ -f "$DATA/scene.tif" ] || { echo "bench/ab.sh: no scene in $DATA (run ./forest bench once, or set FOREST_BENCH_DATA)" >&2; exit 1; }
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
for i in $(seq "$RUNS"); do
  for v in "$@"; do
    envs=(); [ "$v" != "-" ] && read -r -a envs <<< "$v"
    for m in 'local[2]' 'local[1]'; do
      s=$(date +%s.%N)
      t=$(env ${envs[@]+"${envs[@]}"} "$ROOT/forest" analyze --scene "$DATA/scene.tif" --year 2020 --red-band 1 --nir-band 2 --scale 0.0001 --offset 0 --overwrite \
            --districts "$DATA/districts.geojson" --id-field district_id --out "$OUT/o" --master "$m" --zones centre 2>&1 \
          | sed -n 's/^\[6\/7\].*(\(.*\) s)$/\1/p')
      e=$(date +%s.%N)
      rm -rf "$OUT/o"
      echo "$v|$m|${t:-nan}|$(echo "$e - $s" | bc)" >> "$OUT/times"
    done
  done
done
python3 - "$OUT/times" <<'PY'
import collections, statistics as st, sys
work, wall = collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    v, m, t, w = line.rstrip("\n").split("|")
    work[(v, m)].append(float(t)); wall[(v, m)].append(float(w))
print(f"| {'variant':<40} | local[2] work | wall | local[1] work | wall | local[1]/local[2] |")
print(f"|{'-'*42}|---|---|---|---|---|")
for v in dict.fromkeys(k[0] for k in work):
    a, b = st.median(work[(v, "local[2]")]), st.median(work[(v, "local[1]")])
    print(f"| {v:<40} | {a:.3f} | {st.median(wall[(v, 'local[2]')]):.2f} | {b:.3f} | "
          f"{st.median(wall[(v, 'local[1]')]):.2f} | {b / a:.2f} |")
PY
