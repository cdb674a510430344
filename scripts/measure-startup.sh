#!/usr/bin/env bash
# Start-up time of a node on a new data directory: from the command to the first 200 from /healthz.
# Usage: scripts/measure-startup.sh [runs]   (runs `dotnet run --project src/Concord.Web` as the README says)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
dotnet build src/Concord.Web -nologo -v q >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/concord-startup.XXXXXX)
  start=$(date +%s.%N)
  dotnet run --no-launch-profile --project src/Concord.Web -- --environment Development --urls "http://127.0.0.1:$port" \
    --Storage:DataDirectory="$dir" >"$dir/node.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { cat "$dir/node.log"; exit 1; }
  done
  end=$(date +%s.%N)
  printf 'run %d: /healthz answered %.1f s after start (new data directory, demo data on; load %s)\n' \
    "$i" "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  grep -h "prepared in" "$dir/node.log" | sed 's/^/       /' || true
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
