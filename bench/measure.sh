# Sourced by the bench scripts: measure NAME COMMAND... runs the command under /usr/bin/time and appends
# "NAME wall_s maxrss_kb work_s" to $OUT/times (work_s: the tiles stage analyze prints, or the floor's read time).
measure() {
  local name=$1; shift
  local s e work
  s=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$OUT/rss" "$@" >"$OUT/log" 2>&1 || { cat "$OUT/log" >&2; exit 1; }
  e=$(date +%s.%N)
  work=$(sed -n -e 's/^\[[0-9]*\/[0-9]*\] tiles .*(\([0-9.]*\) s)$/\1/p' -e 's/^read .* in \([0-9.]*\) s .*/\1/p' "$OUT/log" | tail -1)
  echo "$name $(echo "$e - $s" | bc) $(cat "$OUT/rss") ${work:-nan}" >> "$OUT/times"
  # the peers write GBs of intermediates: flush them now, not during the next run's timing
  sync
}
