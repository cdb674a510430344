#!/usr/bin/env bash
# Fuzzes the three importers (UN list XML, CSV, STIX) with AFL++ and SharpFuzz, each for a bounded time.
# Not part of CI. Usage: scripts/fuzz-importers.sh [SECONDS_PER_TARGET=180] [TARGET...]
# Crashes land in artifacts/fuzz/<target>/default/crashes/; reproduce one with
#   dotnet run --project fuzz/Concord.Fuzz -- <target> <crash-file>   (the uninstrumented build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-180}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(un-list csv stix)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v afl-fuzz >/dev/null; then
  echo "[fuzz] installing afl++ from Debian's packages" >&2
  as_root apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
tools="$root/artifacts/tools"
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

out="$root/artifacts/fuzz"
rm -rf "$out/bin"
dotnet publish fuzz/Concord.Fuzz/Concord.Fuzz.csproj -c Release -o "$out/bin" -nologo -v q >/dev/null
# Instrument the code under test (the importers and the name tables they use), not the framework.
"$tools/sharpfuzz" "$out/bin/Concord.Core.dll"
"$tools/sharpfuzz" "$out/bin/Concord.Matching.dll"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
status=0
for target in "${targets[@]}"; do
  echo "[fuzz] $target for ${seconds}s" >&2
  rm -rf "$out/$target"
  afl-fuzz -V "$seconds" -i "fuzz/seeds/$target" -o "$out/$target" -t 5000 -m none -- dotnet "$out/bin/Concord.Fuzz.dll" "$target" >"$out/$target.log" 2>&1 || true
  stats="$out/$target/default/fuzzer_stats"
  execs=$(grep -E '^execs_done' "$stats" 2>/dev/null | awk '{print $3}' || echo 0)
  paths=$(grep -E '^corpus_count' "$stats" 2>/dev/null | awk '{print $3}' || echo 0)
  crashes=$(find "$out/$target/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$out/$target/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  echo "$target: ${execs:-0} executions, ${paths:-0} corpus entries, $crashes crashes, $hangs hangs"
  [ "$crashes" -eq 0 ] || status=1
done
exit $status
