#!/usr/bin/env bash
# The team dashboard's groups page over 10,000 groups on the file store (goal: < 1 s). Generates the groups
# (bench/GenerateGroups.java), starts `groupsetup serve` on them, signs in with the printed token, then times
# GET requests with curl: the server's time is curl's time to the first byte (loopback, no TLS), the whole page's
# time to the last byte. Runs:
#   first        the very first list: every document read and summarised, the list index written
#   no-index     the list index deleted before each request: every document read again (after a rules change)
#   <path>       ROUNDS requests of each address below, after 3 unmeasured ones (the JIT), index in place
# Usage: bench/groups-page.sh [ROUNDS] [COUNT]   (defaults 20 and 10000; results also in bench/out/groups-page.txt)
# SKIP_BUILD=1 uses bootstrap/target/groupsetup.jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
count=${2:-10000}
out=bench/out
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "== building groupsetup" >&2
    ./mvnw -q -B -DskipTests -Djacoco.skip=true package -pl bootstrap -am
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/groupsetup-page.XXXXXX")
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== generating $count groups" >&2
"$java" -Djarmode=tools -jar bootstrap/target/groupsetup.jar extract --destination "$work/app" >/dev/null
"$java" -cp "$work/app/groupsetup.jar:$work/app/lib/*" bench/GenerateGroups.java "$work/data" "$count"

echo "== starting serve" >&2
GROUPSETUP_DATA_DIR="$work/data" "$java" -jar "$work/app/groupsetup.jar" serve --port 0 \
    >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
for _ in $(seq 1 600); do
    [ -s "$work/serve.out" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
    sleep 0.1
done
url=$(head -n 1 "$work/serve.out")
base=${url%%/\?token=*}
curl -s -o /dev/null -c "$work/cookies" "$url"   # the token for a session cookie

get() { # path -> "status seconds-to-first-byte seconds-total bytes"
    curl -s -o /dev/null -b "$work/cookies" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' \
        "$base$1"
}

: > "$out/groups-page-raw.txt"
echo "first $(get /)" >> "$out/groups-page-raw.txt"
for ((i = 1; i <= 5; i++)); do
    rm -f "$work/data/groups/.summaries.txt" "$work/data/groups/.summaries.json"
    echo "no-index $(get /)" >> "$out/groups-page-raw.txt"
done
paths=("/" "/?sort=company" "/?sort=changed&page=100" "/?filter=not-ready&sort=warnings" "/?filter=waiting-csam&page=9999"
       "/?q=soins+1234" "/?q=94000")
for path in "${paths[@]}"; do
    for ((i = 1; i <= 3; i++)); do get "$path" >/dev/null; done
    for ((i = 1; i <= rounds; i++)); do echo "$path $(get "$path")" >> "$out/groups-page-raw.txt"; done
done

python3 - "$out/groups-page-raw.txt" "$count" <<'PY' | tee "$out/groups-page.txt"
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, code, first, total, size = line.split()
    rows.setdefault(name, []).append((code, float(first), float(total), int(size)))
print(f"groups page over {sys.argv[2]} groups, file store; seconds (server = time to first byte)")
print(f"{'request':<36} {'n':>3} {'status':>6} {'server median':>13} {'range':>15} {'page median':>11} {'KiB':>5}")
for name, values in rows.items():
    firsts = [f for _, f, _, _ in values]; totals = [t for _, _, t, _ in values]
    codes = ",".join(sorted({c for c, _, _, _ in values}))
    print(f"{name:<36} {len(values):>3} {codes:>6} {statistics.median(firsts):>13.3f} "
          f"{min(firsts):>6.3f}–{max(firsts):<6.3f}  {statistics.median(totals):>11.3f} {values[0][3] / 1024:>5.0f}")
PY
