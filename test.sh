#!/usr/bin/env bash
# The one test command. Installs what the tests need when it is missing (Chromium; PostgreSQL where absent),
# starts a private PostgreSQL cluster on 127.0.0.1, runs every test project, stops the cluster, and ends with
# "N passed, N failed" (", N skipped" when any were skipped).
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

log() { printf '[test.sh] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq >/dev/null 2>&1 || true; apt_updated=1; fi
  mkdir -p "$root/artifacts"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$root/artifacts/apt.log" 2>&1 \
    || { tail -n 20 "$root/artifacts/apt.log" >&2; return 1; }
}

# --- what the tests need ----------------------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's chromium for the browser tests"
  apt_install chromium || { log "could not install chromium"; exit 1; }
fi

if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  log "installing Noto CJK fonts, so that screenshots show Chinese text"
  apt_install fonts-noto-cjk || log "could not install fonts-noto-cjk (screenshots will lack Chinese glyphs)"
fi

pg_bin=""
for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && pg_bin="$dir"; done
if [ -z "$pg_bin" ] && command -v initdb >/dev/null; then pg_bin=$(dirname "$(readlink -f "$(command -v initdb)")"); fi
if [ -z "$pg_bin" ]; then
  log "installing PostgreSQL from Debian's packages"
  apt_install postgresql postgresql-contrib || { log "could not install postgresql"; exit 1; }
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/initdb" ] && pg_bin="$dir"; done
fi

# --- a private PostgreSQL cluster on 127.0.0.1 --------------------------------------------------------------
pg_dir=$(mktemp -d /tmp/concord-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
pg_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; fi
printf '%s\n' "$pg_password" > "$pg_dir/pwfile"; chmod 644 "$pg_dir/pwfile"

stop_pg() {
  if [ -f "$pg_dir/data/postmaster.pid" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$pg_dir"
}
trap stop_pg EXIT

log "starting PostgreSQL ($pg_bin) on 127.0.0.1:$pg_port"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U concord --pwfile="$pg_dir/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log" >&2; log "initdb failed"; exit 1; }
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { cat "$pg_dir/server.log" >&2; log "PostgreSQL did not start"; exit 1; }
export CONCORD_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=concord;Password=$pg_password;Database=postgres;Timeout=30;Command Timeout=120"
export CONCORD_TEST_PG_BIN="$pg_bin"

# --- build and run every test project ----------------------------------------------------------------------
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
log "building"
if ! dotnet build Concord.slnx -c Release -nologo -v q >"$results/build.log" 2>&1; then
  tail -n 40 "$results/build.log" >&2
  log "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
projects=()
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  projects+=("$name")
  log "running $name"
  dotnet test --project "$project" -c Release --no-build --results-directory "$results" --report-xunit-trx --report-xunit-trx-filename "$name.trx" \
    >"$results/$name.log" 2>&1 || status=1
  grep -E "^failed |Failure|Exception:" "$results/$name.log" | head -n 40 >&2 || true
done

# --- the summary line --------------------------------------------------------------------------------------
python3 - "$results" "${projects[@]}" <<'PY'
import sys, glob, os, xml.etree.ElementTree as ET
passed = failed = skipped = 0
ns = {'t': 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
files = glob.glob(sys.argv[1] + '/**/*.trx', recursive=True)
for name in sys.argv[2:]:
    if not any(os.path.basename(f) == name + '.trx' for f in files):
        print(f"[test.sh] {name} produced no test report (it crashed or did not start)", file=sys.stderr)
        failed += 1
for f in files:
    c = ET.parse(f).getroot().find('t:ResultSummary/t:Counters', ns)
    if c is None: continue
    passed += int(c.get('passed', 0)); failed += int(c.get('failed', 0)) + int(c.get('error', 0)) + int(c.get('timeout', 0)) + int(c.get('aborted', 0))
    skipped += int(c.get('notExecuted', 0))
if not files: failed += 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed else 0)
PY
summary=$?
[ $status -ne 0 ] || [ $summary -ne 0 ] && exit 1
exit 0
