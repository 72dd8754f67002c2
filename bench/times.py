"""The bench scripts' timings: load(path) reads the "name wall_s maxrss_kb work_s" lines measure.sh appends and returns
(rows, median wall s, median work s, peak RSS kB) per name; table_head(width) prints the table's header."""
import statistics as st


def load(path):
    rows = {}
    for line in open(path):
        n, s, rss, w = line.split()
        rows.setdefault(n, []).append((float(s), int(rss), float(w)))
    med = {n: st.median(s for s, _, _ in v) for n, v in rows.items()}
    work = {n: st.median(w for _, _, w in v) for n, v in rows.items()}
    peak = {n: max(r for _, r, _ in v) for n, v in rows.items()}
    return rows, med, work, peak


def table_head(width):
    print(f"| {'run':<{width}} | {'wall s':>7} | {'work s':>7} | {'peak RSS MiB':>12} |")
    print(f"|{'-' * (width + 2)}|{'-' * 9}|{'-' * 9}|{'-' * 14}|")
