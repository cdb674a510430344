#!/usr/bin/env bash
# Foreign names written in Chinese, measured honestly: in a scratch git worktree, retrain the Chinese transcription
# table without a quarter of wd_chinese_80 (CONCORD_ZH_HOLDOUT=1 build-tables), rebuild, and evaluate that quarter
# (Chinese → Latin and Latin → Chinese single words). The repository's own table is not touched. docs/benchmarks.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export CONCORD_SHARED_DATA="${CONCORD_SHARED_DATA:-$(cd "$root/.." && pwd)/shared/data}"
scratch=$(mktemp -d)
cleanup() { git -C "$root" worktree remove --force "$scratch/wt" >/dev/null 2>&1 || true; rm -rf "$scratch"; }
trap cleanup EXIT
git -C "$root" worktree add --detach "$scratch/wt" HEAD >/dev/null
cd "$scratch/wt"
dotnet build -c Release bench/Concord.Benchmarks -nologo -v q >/dev/null
CONCORD_ZH_HOLDOUT=1 dotnet run -c Release --no-build --project bench/Concord.Benchmarks -- build-tables 2>&1 | tail -1
dotnet build -c Release bench/Concord.Benchmarks -nologo -v q >/dev/null
dotnet run -c Release --no-build --project bench/Concord.Benchmarks -- eval --only "Chinese quarter"
