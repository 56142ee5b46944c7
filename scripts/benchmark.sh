#!/usr/bin/env bash
# Measures Pustaka against its performance targets and prints one table.
#   scripts/benchmark.sh [--quick] [--runs-only]
#     --quick      a smoke test of the harness: fewer repetitions, no 8,500-library runs
#     --runs-only  only the whole `pustaka` processes (after the report workbooks change)
# Environment: RESULTS=<folder> keeps the raw results there (default: a new folder in /tmp).
#
# Builds the tool in release, runs the in-process benchmarks of Benchmarks/ (package-benchmark),
# the libxlsxwriter floor in C, whole `pustaka sample` / `pustaka run` processes under
# hyperfine (Ngawi, 8,500 libraries and the national tier of 84,000), and the pandas +
# XlsxWriter peer (Benchmarks/Peer) on the same data, then prints the table that
# docs/performance.md records. Installs what is missing with apt-get (Debian, as root).
# Measuring takes about 30 minutes on 2 cores (the peer's 8,500 cards alone about 3, the
# national runs about 10; plus about 10 of release builds the first time); nothing else should
# run meanwhile, and the load printed at the start and end says whether something did.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=false
runs_only=false
for argument in "$@"; do
  case $argument in
    --quick) quick=true ;;
    --runs-only) runs_only=true ;;
    *) echo "usage: scripts/benchmark.sh [--quick] [--runs-only]" >&2; exit 64 ;;
  esac
done

# MARK: - What is needed
make --no-print-directory deps
missing=""
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
[ -x /usr/bin/time ] || missing="$missing time"
command -v gcc >/dev/null 2>&1 || missing="$missing gcc"
# The pandas + XlsxWriter peer runs on Debian's own Python, where apt-get installs them.
peer_python=/usr/bin/python3
"$peer_python" -c 'import pandas' >/dev/null 2>&1 || missing="$missing python3-pandas"
"$peer_python" -c 'import xlsxwriter' >/dev/null 2>&1 || missing="$missing python3-xlsxwriter"
if [ -n "$missing" ]; then
  echo "Installing$missing with apt-get..." >&2
  apt-get update && apt-get install -y --no-install-recommends $missing
fi

results=${RESULTS:-$(mktemp -d /tmp/pustaka-benchmark-XXXXXX)}
mkdir -p "$results"
work=$(mktemp -d /tmp/pustaka-benchmark-work-XXXXXX)
trap 'rm -rf "$work"' EXIT

machine() {
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cores: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "swift: $(swift --version 2>/dev/null | head -1)"
  echo "libxlsxwriter: $(dpkg-query -W -f='${Version}' libxlsxwriter-dev 2>/dev/null || pkg-config --modversion xlsxwriter)"
  echo "temporary folder: $(df --output=fstype /tmp | tail -1) (/tmp), $(df --output=fstype /dev/shm | tail -1) (/dev/shm)"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

machine | tee "$results/machine.txt" >&2
echo "load average at start: $(load)" | tee -a "$results/machine.txt" >&2

# MARK: - Build
echo "Building pustaka (release)..." >&2
swift build -c release --product pustaka >&2
pustaka=$root/.build/release/pustaka
echo "Building the results table (release)..." >&2
swift build --package-path Benchmarks -c release --product BenchmarkTable >&2

# MARK: - In-process benchmarks and the C floor
if ! $runs_only; then
  echo "Running the in-process benchmarks (load: $(load))..." >&2
  (
    cd Benchmarks
    filter=()
    if $quick; then filter=(--skip ".*8500.*"); fi
    swift package --allow-writing-to-package-directory benchmark baseline update pustaka \
      --no-progress "${filter[@]}" >&2
    swift package benchmark baseline read pustaka | tee "$results/benchmarks.txt" >&2
    swift package --allow-writing-to-directory "$results" benchmark baseline read pustaka \
      --format histogramSamples --path "$results" >&2
  )

  echo "Measuring the libxlsxwriter floor in C (load: $(load))..." >&2
  gcc -O2 -o "$work/floor" Benchmarks/Floor/report-card-floor.c \
    $(pkg-config --cflags --libs xlsxwriter)
  count=500
  if $quick; then count=100; fi
  : >"$results/floor.tsv"
  for repetition in 1 2 3 4 5; do
    for tmpdir in default dev-shm; do
      rm -rf "$work/cards" && mkdir "$work/cards"
      if [ $tmpdir = default ]; then
        figures=$("$work/floor" "$work/cards" $count)
      else
        figures=$("$work/floor" "$work/cards" $count /dev/shm)
      fi
      printf '%s\t%s\n' "$tmpdir" "$(echo "$figures" | tr ' ' '\t')" >>"$results/floor.tsv"
    done
  done
  rm -rf "$work/cards"
fi

# MARK: - Whole processes
runs=5
large_runs=3
if $quick; then runs=2; fi

# Times PROGRAM ARGS... as NAME with hyperfine, then runs it once more, without `--quiet`,
# under /usr/bin/time for its peak memory and the stage times it prints (pustaka's "Time:"
# line; none for the peer); OUT is emptied before every run.
time_process() {
  local name=$1 out=$2 count=$3
  shift 3
  local command="$*"
  echo "Timing '$name': $command (load: $(load))" >&2
  hyperfine --style basic --warmup 1 --runs "$count" --prepare "rm -rf $out" \
    --export-json "$results/hyperfine-${name// /-}.json" -n "$name" "$command" >&2
  rm -rf "$out"
  local log=$work/time.log arguments=()
  for argument in "$@"; do
    if [ "$argument" != --quiet ]; then arguments+=("$argument"); fi
  done
  /usr/bin/time -f '%M' -o "$work/peak" "${arguments[@]}" 2>"$log" >/dev/null
  local stages
  stages=$(grep -o 'Time: .*' "$log" | tail -1 | sed 's/^Time: //' || true)
  printf '%s\t%s\t%s\n' "$name" "$(tail -1 "$work/peak")" "$stages" >>"$results/processes.tsv"
  rm -rf "$out"
}

# `pustaka ARGS...` timed as NAME.
measure() {
  local name=$1 out=$2 count=$3
  shift 3
  time_process "$name" "$out" "$count" "$pustaka" "$@"
}

# The peer, what an analyst would write instead (Benchmarks/Peer/regency_report.py), timed
# as NAME.
peer() {
  local name=$1 out=$2 count=$3
  shift 3
  time_process "$name" "$out" "$count" "$peer_python" "$root/Benchmarks/Peer/regency_report.py" "$@"
}

: >"$results/processes.tsv"
rm -f "$results"/hyperfine-*.json
measure "sample 217" "$work/gen" "$runs" sample --out "$work/gen"
for cards in "cards" "no cards"; do
  flag=""
  if [ "$cards" = "no cards" ]; then flag="--no-library-cards"; fi
  for jobs in 1 2; do
    measure "run 217 $cards jobs $jobs" "$work/out" "$runs" \
      run --data samples/ngawi --out "$work/out" --quiet --jobs $jobs $flag
  done
done
peer "peer 217 cards" "$work/peer" "$runs" samples/ngawi "$work/peer"
peer "peer 217 no cards" "$work/peer" "$runs" samples/ngawi "$work/peer" --no-cards
if ! $quick; then
  measure "sample 8500" "$work/gen" "$large_runs" \
    sample --out "$work/gen" --libraries 8500 --regencies 38
  "$pustaka" sample --out "$work/province" --libraries 8500 --regencies 38
  measure "run 8500 cards jobs 2" "$work/out" "$large_runs" \
    run --data "$work/province" --out "$work/out" --quiet --jobs 2
  measure "run 8500 no cards jobs 2" "$work/out" "$large_runs" \
    run --data "$work/province" --out "$work/out" --quiet --jobs 2 --no-library-cards
  peer "peer 8500 no cards" "$work/peer" "$large_runs" "$work/province" "$work/peer" --no-cards
  peer "peer 8500 cards" "$work/peer" 1 "$work/province" "$work/peer"
  rm -rf "$work/province"
  # The national tier: 84,000 libraries in 514 regencies, 12 months (1.1 GB of CSV).
  "$pustaka" sample --out "$work/national" --libraries 84000 --regencies 514 --months 12
  echo "national data: $(du -sm "$work/national" | cut -f1) MB" >>"$results/machine.txt"
  measure "run 84000 no cards jobs 2" "$work/out" "$large_runs" \
    run --data "$work/national" --out "$work/out" --quiet --jobs 2 --no-library-cards
  rm -rf "$work/national"
fi

echo "load average at end: $(load)" | tee -a "$results/machine.txt" >&2

# MARK: - The table
echo >&2
echo "Results in $results" >&2
echo
cat "$results/machine.txt"
echo
"$root/Benchmarks/.build/release/BenchmarkTable" "$results" | tee "$results/table.md"
