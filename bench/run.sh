#!/usr/bin/env bash
# The start-up and scale benchmark of issue 5, in one run with alternating rounds:
#   reference    a bare Spring Boot 4.0.7 + Spring Shell 4.0.1 app (bench/reference) under plain `java -jar`
#   launcher     ./groupsetup group check N
#   plain-jar    java -jar bootstrap/target/groupsetup.jar group check N
#   prompt       ./groupsetup until the interactive prompt appears (real pseudo-terminal)
#   list-10k     ./groupsetup group list over 10,000 generated valid groups
# Wall time and peak memory (max RSS) per round; medians and ranges at the end. JMH: bench/jmh (see docs).
# Usage: bench/run.sh [ROUNDS]   (default 10; results also in bench/out/results.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
out=bench/out
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

echo "== building groupsetup and the reference app" >&2
./mvnw -q -B -DskipTests -Djacoco.skip=true package -pl bootstrap -am
touch bootstrap/target/groupsetup.jar
(cd bench/reference && ../../mvnw -q -B -DskipTests package)

work=$(mktemp -d "${TMPDIR:-/tmp}/groupsetup-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
one="$work/one"
many="$work/many"

echo "== preparing the launcher's fast start and the data" >&2
GROUPSETUP_DATA_DIR="$one" ./groupsetup help >/dev/null
GROUPSETUP_DATA_DIR="$one" ./groupsetup group new 94123456 >/dev/null 2>&1
GROUPSETUP_DATA_DIR="$one" ./groupsetup group set 94123456001 --company-name "Soins à Domicile L'Aurore SRL" \
    --city Bruxelles --postal-code 1000 --street "Rue de la Loi 16" --iban "BE68 5390 0754 7034" --bic GKCCBEBB \
    --first-name Françoise --last-name "D'Hondt" --phone "0470 12 34 56" --subscription-type S-1 \
    --inami 41234502001 --enterprise-number 0428759497 --single-point-of-contact 135 \
    --reference-care-provider 41234502001 >/dev/null 2>&1
app=$(ls -d bootstrap/target/launch/*/app | head -n 1)
"$java" -cp "$app/groupsetup.jar:$app/lib/*" bench/GenerateGroups.java "$many" 10000
# a first list builds the storage's summary index; the rounds measure the lists after it
GROUPSETUP_DATA_DIR="$many" ./groupsetup group list >/dev/null

measure() { # name command...  -> appends "name seconds kilobytes"
    local name=$1; shift
    /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>/dev/null || true
    echo "$name $(tail -n 1 "$work/time.txt")" >> "$out/raw.txt"
}

: > "$out/raw.txt"
echo "== $rounds rounds" >&2
for ((i = 1; i <= rounds; i++)); do
    measure reference "$java" -jar bench/reference/target/reference.jar hello
    measure launcher env GROUPSETUP_DATA_DIR="$one" ./groupsetup group check 94123456001
    measure plain-jar env GROUPSETUP_DATA_DIR="$one" "$java" -jar bootstrap/target/groupsetup.jar group check 94123456001
    echo "prompt $(GROUPSETUP_DATA_DIR="$one" python3 bench/prompt_time.py 'groupsetup:>' ./groupsetup)" >> "$out/raw.txt"
    measure list-10k env GROUPSETUP_DATA_DIR="$many" ./groupsetup group list
    echo "   round $i done" >&2
done

python3 - "$out/raw.txt" <<'PY' | tee "$out/results.txt"
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, seconds, kb = line.split()
    rows.setdefault(name, []).append((float(seconds), int(kb)))
print(f"{'run':<10} {'n':>3} {'wall median':>12} {'wall range':>15} {'peak MiB median':>16} {'peak range':>13}")
for name, values in rows.items():
    walls = [w for w, _ in values]; mems = [k / 1024 for _, k in values]
    print(f"{name:<10} {len(values):>3} {statistics.median(walls):>11.2f}s {min(walls):>6.2f}–{max(walls):<6.2f}s "
          f"{statistics.median(mems):>15.0f} {min(mems):>6.0f}–{max(mems):<6.0f}")
ref = rows.get("reference"); fast = rows.get("launcher")
if ref and fast:
    rw = statistics.median([w for w, _ in ref]); fw = statistics.median([w for w, _ in fast])
    rm = statistics.median([k for _, k in ref]); fm = statistics.median([k for _, k in fast])
    print(f"launcher/reference: wall {fw / rw:.2f}x (goal <= 0.35x), peak memory {fm / rm:.2f}x (goal <= 0.8x)")
PY
