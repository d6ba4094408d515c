#!/usr/bin/env bash
# What each start-up setting of the launcher buys: `group check N` under settings added one at a time,
# in alternating rounds, wall time and peak memory (medians and ranges). Also the launcher under another JDK
# when bench/settings.sh is given its home (e.g. /usr/lib/jvm/temurin-25-jdk-amd64: the AOT cache).
# Usage: bench/settings.sh [ROUNDS] [OTHER_JAVA_HOME]      Results in bench/out/settings.txt
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
other_home=${2:-}
out=bench/out
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# the launcher runs on the JDK measured here (without JAVA_HOME it would choose a JDK 25+ when one is installed)
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
export JAVA_HOME

./mvnw -q -B -DskipTests -Djacoco.skip=true package -pl bootstrap -am
touch bootstrap/target/groupsetup.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/groupsetup-settings.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GROUPSETUP_DATA_DIR="$work/data"
if [ -n "$other_home" ]; then
    JAVA_HOME="$other_home" ./groupsetup help >/dev/null 2>&1 || true
fi
./groupsetup group new 94123456 >/dev/null 2>&1
./groupsetup group set 94123456001 --company-name "Soins à Domicile L'Aurore SRL" --city Bruxelles \
    --postal-code 1000 --iban "BE68 5390 0754 7034" --bic GKCCBEBB --inami 41234502001 >/dev/null 2>&1
launch=bootstrap/target/launch/java$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")
app="$launch/app/groupsetup.jar"
archive="$launch/groupsetup.jsa"

declare -a names commands
add() { names+=("$1"); shift; commands+=("$*"); }
add "jar, eager beans"   "$java" -Dspring.main.lazy-initialization=false -jar bootstrap/target/groupsetup.jar
add "jar (lazy beans)"   "$java" -jar bootstrap/target/groupsetup.jar
add "+ extracted"        "$java" -jar "$app"
add "+ AppCDS archive"   "$java" -XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app"
add "+ C1 only"          "$java" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app"
add "+ serial GC, -Xms32m, -Xss512k (= launcher)" "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xss512k -XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app"
add "+ -XX:-UsePerfData (not kept: no gain)" "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xss512k -XX:-UsePerfData -XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app"
add "./groupsetup"       ./groupsetup
if [ -n "$other_home" ]; then
    add "./groupsetup, $(basename "$other_home")" env JAVA_HOME="$other_home" ./groupsetup
fi

: > "$out/settings-raw.txt"
for ((i = 1; i <= rounds; i++)); do
    for k in "${!names[@]}"; do
        # shellcheck disable=SC2086
        /usr/bin/time -o "$work/time.txt" -f "%e %M" ${commands[$k]} group check 94123456001 >/dev/null 2>/dev/null || true
        printf '%s\t%s\n' "${names[$k]}" "$(tail -n 1 "$work/time.txt")" >> "$out/settings-raw.txt"
    done
    echo "   round $i done" >&2
done
python3 - "$out/settings-raw.txt" <<'PY' | tee "$out/settings.txt"
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, values = line.rstrip("\n").split("\t")
    seconds, kb = values.split()
    rows.setdefault(name, []).append((float(seconds), int(kb)))
print(f"{'setting':<40} {'wall median':>11} {'range':>13} {'peak MiB':>9}")
for name, values in rows.items():
    walls = [w for w, _ in values]; mems = [k / 1024 for _, k in values]
    print(f"{name:<40} {statistics.median(walls):>10.2f}s {min(walls):>5.2f}–{max(walls):<5.2f}s {statistics.median(mems):>8.0f}")
PY
