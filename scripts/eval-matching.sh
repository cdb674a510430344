#!/usr/bin/env bash
# Recall@1/@10 per kind and the non-list alert rate on the dev data in ../shared/data (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Concord.Benchmarks -- eval "$@"
