#!/usr/bin/env bash
# The long fault run of secure exchange (issue 5): 10,000 messages from two sender nodes (kz, ru) to one receiver (cn),
# real processes on 127.0.0.1, kill -9 of the receiver or a sender at random moments (at least 20 cycles), restarts;
# then exactly-once, thread order, valid signed receipts, and rejection of tampered / unknown-peer / replayed envelopes.
# Bounded: the run stops after --minutes (default 30). A shorter version runs in ./test.sh (ChaosTests).
#
#   scripts/chaos-exchange.sh [--messages 10000] [--cycles 20] [--minutes 30] [--seed N]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Concord.slnx -c Release -nologo -v q >/dev/null
# The command reads the first occurrence of an option: the caller's options come first, the defaults after them.
exec dotnet bench/Concord.Benchmarks/bin/Release/net10.0/Concord.Benchmarks.dll chaos "$@" --messages 10000 --cycles 20 --minutes 30
