#!/usr/bin/env bash
# Consent-ledger scale benchmark (issue 16, item 18). Imports 100,000 contacts, then 100,000 consents (one each,
# through the command line, all checks on, one transaction each), then lists the contacts with their consent for
# every purpose. Targets: both imports under 10 s together, the list under 2 s. The peer: sqlite3's own CSV
# .import of the same two files into bare tables (no checks), the floor of what writing the rows costs.
# Usage: bench/ledger-bench.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
rows=${1:-100000}
[ -f target/vigie.jar ] || mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v n="$rows" 'BEGIN { print "id,name,phone,conversation";
  for (i = 0; i < n; i++) printf "c%06d,Contact %d,+336%08d,\n", i, i, 10000000 + i }' > "$work/contacts.csv"
awk -v n="$rows" 'BEGIN { print "contact_id,purpose,granted_at,method,evidence,withdrawn_at";
  for (i = 0; i < n; i++) printf "c%06d,restore-access,2026-01-10T10:00:00Z,form,ref-%d,\n", i, i }' \
  > "$work/consents.csv"

ms() { date +%s%3N; }
# Wall time, and the CPU time the process used (the machine may be shared: CPU time is the steadier figure).
vigie() { /usr/bin/time -f "%U %S" -a -o "$work/cpu.txt" java -jar target/vigie.jar --data-dir "$work/data" "$@"; }
cpu() { sed -n "${1}p" "$work/cpu.txt" | awk '{ printf "%d", ($1 + $2) * 1000 }'; }

t0=$(ms); vigie contacts import "$work/contacts.csv" >/dev/null; t1=$(ms)
vigie consent import "$work/consents.csv" >/dev/null; t2=$(ms)
vigie contacts list > "$work/list.txt"; t3=$(ms)
listed=$(($(wc -l < "$work/list.txt") - 1))
[ "$listed" -ge "$rows" ] || { echo "contacts list printed $listed rows, expected $rows" >&2; exit 1; }

peer=""
if command -v sqlite3 >/dev/null; then
  p0=$(ms)
  sqlite3 "$work/peer.db" <<SQL >/dev/null
CREATE TABLE contacts (id TEXT PRIMARY KEY, name TEXT, phone TEXT UNIQUE, conversation TEXT);
CREATE TABLE consents (contact_id TEXT, purpose TEXT, granted_at TEXT, method TEXT, evidence TEXT, withdrawn_at TEXT);
.import --csv --skip 1 $work/contacts.csv contacts
.import --csv --skip 1 $work/consents.csv consents
SQL
  p1=$(ms)
  peer=$((p1 - p0))
fi

import=$((t2 - t0))
echo "contacts import ($rows rows): $((t1 - t0)) ms wall, $(cpu 1) ms CPU"
echo "consent import ($rows rows): $((t2 - t1)) ms wall, $(cpu 2) ms CPU"
echo "both imports: ${import} ms wall, $(( $(cpu 1) + $(cpu 2) )) ms CPU (target: under 10000 ms)"
echo "contacts list ($rows contacts): $((t3 - t2)) ms wall, $(cpu 3) ms CPU (target: under 2000 ms)"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [ -n "$peer" ]; then
  echo "sqlite3 .import of the same two files, no checks: ${peer} ms; Vigie/sqlite3 = $(awk -v a="$import" -v b="$peer" 'BEGIN { printf "%.1f", a / b }')x"
fi
