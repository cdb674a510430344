#!/usr/bin/env bash
# 1 M-name synthetic screening benchmark: Concord vs Lucene.NET 3-gram vs pg_trgm KNN (docs/benchmarks.md).
# Needs PostgreSQL 15 (initdb, pg_ctl, postgres) on PATH for the pg_trgm part (--no-pg to skip).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Concord.Benchmarks -- screen-1m --names 1000000 --queries 50000 --lucene-sample 3000 --pg-sample 200 "$@"
