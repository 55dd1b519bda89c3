#!/usr/bin/env bash
# Compares this checkout's code with another revision's, on the same input (this checkout's content/,
# themes/ and a generated corpus), so a refactoring can show that it changed no output and no speed:
#   1. output: both build the 东山镇 site and the N-item corpus; the outputs are compared byte for byte;
#   2. speed: `build` (into a fresh folder each time) and `check`, the two alternating, RUNS times each;
#      medians of wall time and peak RSS.
# Usage: bench/compare.sh REV [N]     e.g. bench/compare.sh a1a70d7 10000   (N defaults to 10000, RUNS to 3)
set -euo pipefail
cd "$(dirname "$0")/.."
REV=${1:?usage: bench/compare.sh REV [N]}
N=${2:-10000}
RUNS=${RUNS:-3}
WORK=${WORK:-$(mktemp -d /tmp/gongkai-compare.XXXXXX)}
mkdir -p "$WORK"; WORK=$(cd "$WORK" && pwd)

[ -x target/gongkai ] || mvn -B -q package -Dmaven.test.skip=true
rm -rf "$WORK/other"
git worktree add --detach -q "$WORK/other" "$REV"
trap 'git worktree remove --force "$WORK/other" > /dev/null 2>&1 || true' EXIT
(cd "$WORK/other" && mvn -B -q package -Dmaven.test.skip=true)
declare -A LAUNCHER=([this]=target/gongkai [other]="$WORK/other/target/gongkai")

[ -d "$WORK/n$N/gongkai" ] || java bench/Generate.java "$N" "$WORK/n$N" > /dev/null
rm -rf "$WORK/n$N/gongkai/themes"; cp -r themes "$WORK/n$N/gongkai/themes"

echo "output (this checkout against $REV):"
for who in this other; do
  "${LAUNCHER[$who]}" build --source . --out "$WORK/out/$who/default" > /dev/null
  "${LAUNCHER[$who]}" build --source "$WORK/n$N/gongkai" --out "$WORK/out/$who/n$N" > /dev/null
done
for site in default "n$N"; do
  files=$(find "$WORK/out/this/$site" -type f | wc -l)
  if diff -rq "$WORK/out/other/$site" "$WORK/out/this/$site" > "$WORK/$site.diff"; then
    echo "  $site: $files files, byte-identical"
  else
    echo "  $site: $files files, $(wc -l < "$WORK/$site.diff") differ (list: $WORK/$site.diff)"
  fi
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run=0
for i in $(seq "$RUNS"); do
  for who in other this; do
    run=$((run + 1))
    /usr/bin/time -f "%e %M" -a -o "$WORK/$who.build" "${LAUNCHER[$who]}" build --source "$WORK/n$N/gongkai" --out "$WORK/runs/$run" > /dev/null 2>&1
    /usr/bin/time -f "%e %M" -a -o "$WORK/$who.check" "${LAUNCHER[$who]}" check --source "$WORK/n$N/gongkai" > /dev/null 2>&1
  done
done
echo "speed, $N items, medians of $RUNS (seconds, MB):"
printf '  %-6s %12s %12s %12s %12s\n' "" "$REV build" "this build" "$REV check" "this check"
printf '  %-6s' time
for f in other.build this.build other.check this.check; do printf ' %12s' "$(cut -d' ' -f1 "$WORK/$f" | median)"; done
printf '\n  %-6s' RSS
for f in other.build this.build other.check this.check; do printf ' %12s' "$(( $(cut -d' ' -f2 "$WORK/$f" | median) / 1024 ))"; done
printf '\n'
