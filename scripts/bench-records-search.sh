#!/usr/bin/env bash
# Search latency of the RATS database through the HTTP API (docs/benchmarks.md, "RATS database (issue 4)").
# Usage: scripts/bench-records-search.sh [RECORDS=100000] [QUERIES=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Concord.RecordsBenchmark -- records-search "${1:-100000}" "${2:-1000}"
