#!/usr/bin/env bash
# Instructions per query (load-independent): screens the first N synthetic queries on one thread
# under callgrind, collecting only around them (docs/benchmarks.md). Usage:
#   scripts/icount-matching.sh [N queries, default 1000] [names, default 1000000] [warm-up queries, default 2000]
# Needs valgrind and gcc (Debian: apt-get install valgrind gcc). Runs a copy of the Release build
# (so that rebuilding meanwhile is safe); JIT without tiering so that counts are reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}; names=${2:-1000000}; warm=${3:-2000}
out=$(mktemp -d /tmp/icount.XXXXXX)
gcc -O2 -shared -fPIC -o "$out/libvgctl.so" scripts/vgctl.c
dotnet build -c Release bench/Concord.Benchmarks -v q >/dev/null
cp -r bench/Concord.Benchmarks/bin/Release/net10.0 "$out/bin"
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)'); output in $out"
CONCORD_ICOUNT=$n CONCORD_VGCTL="$out/libvgctl.so" DOTNET_gcServer=0 DOTNET_EnableWriteXorExecute=0 DOTNET_TieredCompilation=0 \
  valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$out/cg.%p" \
  dotnet "$out/bin/Concord.Benchmarks.dll" \
  screen-1m --names "$names" --queries "$n" --threads 1 --warmup "$warm" --no-lucene --no-pg 2>&1 | grep -v '^==' || true
best=0; file=""
for f in "$out"/cg.*; do
  if grep -q '^desc: Trigger: Client Request: measured' "$f"; then
    ir=$(grep -E '^totals:' "$f" | head -1 | awk '{print $2}')
    if [ "$ir" -gt "$best" ]; then best=$ir; file=$f; fi
  fi
done
echo "callgrind: $best instructions for $n queries = $((best / n)) instructions/query ($file)"
