#!/usr/bin/env bash
# Benchmark: cold builds of a synthetic column at N = 1,000, 10,000 and 30,000 items (median of RUNS
# runs, wall time and peak RSS), the same corpus built by Hugo when `hugo` is installed (ratio printed),
# the rebuild into the existing output after a one-file edit (gongkai, with its build cache, and Hugo),
# the default 东山镇 site's cold build, and the warm rebuild that `serve` does after an edit.
# Usage: bench/run.sh [N ...]    (default: 1000 10000 30000; RUNS=3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 30000)
WORK=${WORK:-$(mktemp -d /tmp/gongkai-bench.XXXXXX)}
GONGKAI=target/gongkai   # the launcher the README uses (the jar with its JVM settings)
JAR=target/gongkai.jar
[ -x "$GONGKAI" ] && [ -f "$JAR" ] || mvn -B -q package -DskipTests

# Every run writes into a folder of its own, and all of them are deleted only at the end. On ext4
# without a journal (this machine's disk), deleting tens of thousands of files makes file creation
# slow for up to five minutes afterwards (new inodes skip the recently freed ones: the kernel's
# recently_deleted(), seen with perf): an `rm -rf` before each run measured the previous run's
# deletion, for Hugo as much as for gongkai. For the same reason a run that starts within five
# minutes of the previous run's clean-up first waits.
mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)
RUN_ID=0
next_out() { RUN_ID=$((RUN_ID + 1)); OUT="$WORK/runs/$RUN_ID"; }
if [ -d "$WORK/runs" ]; then rm -rf "$WORK/runs"; date +%s > "$WORK/cleaned-at"; fi
mkdir -p "$WORK/runs"
if [ -f "$WORK/cleaned-at" ]; then
  wait_s=$(( $(cat "$WORK/cleaned-at") + 300 - $(date +%s) ))
  if [ "$wait_s" -gt 0 ]; then
    echo "waiting ${wait_s} s: files were deleted in this folder less than five minutes ago (see bench/run.sh)"
    sleep "$wait_s"
  fi
fi
# The disk also goes on discarding the freed blocks (this machine mounts it with `discard`) long after `rm`
# returns: 30 minutes after deleting a full run's 600,000 files, the next cold builds took 74 s and 47 s instead
# of 6. So the runs start once the disk has been idle: busy for less than 2 % of 10 seconds (the I/O time in
# /proc/diskstats of the disk holding WORK), waiting at most 30 minutes.
disk=$(basename "$(df --output=source "$WORK" | tail -1)")
io_ms() { awk -v d="$disk" '$3 == d { print $13 }' /proc/diskstats; }
if [ -n "$(io_ms)" ]; then
  waited=0
  while [ "$waited" -lt 1800 ]; do
    before=$(io_ms); sleep 10; waited=$((waited + 10))
    [ $(( $(io_ms) - before )) -lt 200 ] && break
  done
  echo "disk $disk idle after ${waited} s"
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# time_cmd OUT_PREFIX CMD...: appends "seconds kilobytes" to OUT_PREFIX.times. Each timed run starts after a
# `sync` (not timed): a 30,000-item build leaves gigabytes of pages for the kernel to write back, and on two cores
# that write-back ran during the next runs (the rebuilds at 10,000 items took 0.9-1.2 s for gongkai and 5.4-11.9 s
# for Hugo right after it). A webmaster's rebuild does not follow a 30,000-item build on the same disk.
time_cmd() {
  local prefix=$1; shift
  sync
  /usr/bin/time -f "%e %M" -o "$prefix.one" "$@" > /dev/null 2>&1
  cat "$prefix.one" >> "$prefix.times"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
command -v hugo > /dev/null && echo "hugo: $(hugo version | head -1)" || echo "hugo: not installed (apt-get install hugo to compare)"
printf '%-8s %10s %10s %10s %10s %8s\n' items gongkai_s rss_MB hugo_s hugo_MB ratio
declare -A SECONDS_BY_N
for n in "${SIZES[@]}"; do
  dir="$WORK/n$n"
  [ -d "$dir/gongkai" ] || java bench/Generate.java "$n" "$dir" > /dev/null
  rm -rf "$dir/gongkai/themes"; cp -r themes "$dir/gongkai/themes"   # always the current theme
  rm -f "$dir/g.times" "$dir/h.times"
  for i in $(seq "$RUNS"); do
    # A cold build has no build cache either (target/gongkai-cache would let it skip reading unchanged files).
    rm -rf "$dir/gongkai/target/gongkai-cache"
    next_out; time_cmd "$dir/g" "$GONGKAI" build --source "$dir/gongkai" --out "$OUT"
    if command -v hugo > /dev/null; then
      next_out; time_cmd "$dir/h" hugo --quiet -s "$dir/hugo" -d "$OUT"
    fi
  done
  g_s=$(cut -d' ' -f1 "$dir/g.times" | median); g_kb=$(cut -d' ' -f2 "$dir/g.times" | median)
  SECONDS_BY_N[$n]=$g_s
  if [ -f "$dir/h.times" ]; then
    h_s=$(cut -d' ' -f1 "$dir/h.times" | median); h_kb=$(cut -d' ' -f2 "$dir/h.times" | median)
    printf '%-8s %10s %10d %10s %10d %8.2f\n' "$n" "$g_s" $((g_kb / 1024)) "$h_s" $((h_kb / 1024)) "$(echo "$g_s / $h_s" | bc -l)"
  else
    printf '%-8s %10s %10d %10s %10s %8s\n' "$n" "$g_s" $((g_kb / 1024)) - - -
  fi
done
# Rebuild into the existing output after a one-file edit (the webmaster's loop: edit, build, commit):
# one cold build into a folder, then RUNS times: append a line to one item, build into the same folder.
printf '%-8s %16s %16s %8s\n' items gongkai_rebuild_s hugo_rebuild_s ratio
for n in "${SIZES[@]}"; do
  dir="$WORK/n$n"
  # (a glob, not `ls | head`: head closing the pipe early makes ls fail under pipefail)
  items=("$dir/gongkai/content/policy/"*.md); item=${items[0]}
  hugo_items=("$dir/hugo/content/policy/"*.md); hugo_item=${hugo_items[0]}
  [ -f "$hugo_item" ] || hugo_item=""
  rm -rf "$dir/gongkai/target/gongkai-cache"
  next_out; g_out=$OUT; "$GONGKAI" build --source "$dir/gongkai" --out "$g_out" > /dev/null 2>&1
  if command -v hugo > /dev/null; then next_out; h_out=$OUT; hugo --quiet -s "$dir/hugo" -d "$h_out" > /dev/null; fi
  rm -f "$dir/gr.times" "$dir/hr.times"
  for i in $(seq "$RUNS"); do
    echo "编辑 $i" >> "$item"
    time_cmd "$dir/gr" "$GONGKAI" build --source "$dir/gongkai" --out "$g_out"
    if command -v hugo > /dev/null && [ -n "$hugo_item" ]; then
      echo "编辑 $i" >> "$hugo_item"
      time_cmd "$dir/hr" hugo --quiet -s "$dir/hugo" -d "$h_out"
    fi
  done
  # The rebuilt output must be byte for byte a fresh build of the same sources (no cache).
  rm -rf "$dir/gongkai/target/gongkai-cache"
  next_out; "$GONGKAI" build --source "$dir/gongkai" --out "$OUT" > /dev/null 2>&1
  if diff -r -q "$g_out" "$OUT" > /dev/null; then same="identical to a fresh build"; else same="DIFFERS from a fresh build"; fi
  gr=$(cut -d' ' -f1 "$dir/gr.times" | median)
  if [ -f "$dir/hr.times" ]; then
    hr=$(cut -d' ' -f1 "$dir/hr.times" | median)
    printf '%-8s %16s %16s %8.2f   %s\n' "$n" "$gr" "$hr" "$(echo "$gr / $hr" | bc -l)" "$same"
  else
    printf '%-8s %16s %16s %8s   %s\n' "$n" "$gr" - - "$same"
  fi
  [ "$same" = "identical to a fresh build" ] || exit 1
done

if [ -n "${SECONDS_BY_N[1000]:-}" ] && [ -n "${SECONDS_BY_N[10000]:-}" ]; then
  printf 'time(10000)/time(1000) = %.2f\n' "$(echo "${SECONDS_BY_N[10000]} / ${SECONDS_BY_N[1000]}" | bc -l)"
fi

# The default site, cold (JVM start included).
rm -f "$WORK/default.times"
for i in $(seq 5); do rm -rf target/gongkai-cache; next_out; time_cmd "$WORK/default" "$GONGKAI" build --out "$OUT"; done
echo "default 东山镇 site cold build: median $(cut -d' ' -f1 "$WORK/default.times" | median) s of 5, peak RSS $(( $(cut -d' ' -f2 "$WORK/default.times" | median) / 1024 )) MB"

# What serve does after an edit: a full rebuild in a warm JVM.
java -cp "$JAR" bench/WarmRebuild.java . "$WORK/warm-out"

# serve's 年报填报 form: one live check (what the page asks after each keystroke).
java -cp "$JAR" bench/EditCheck.java .
rm -rf "$WORK/runs"; date +%s > "$WORK/cleaned-at"
echo "work folder: $WORK"
