#!/usr/bin/env bash
# Which JVM options win on each JDK: `group check N` of the extracted jar under several sets of options, each with
# its own class-data archive trained with those options (the launcher's training script, as ./groupsetup does):
# the AOT cache on Java 25+, AppCDS on 17. All variants of both JDKs alternate in each round, so that the noise of
# a shared machine hits them alike; wall time and peak RSS, medians and ranges.
# Usage: [FLAGS_ONLY=REGEX] bench/flags.sh [ROUNDS] [JDK17_HOME] [JDK25_HOME]     Results in bench/out/flags.txt
# (Needs the jar: ./groupsetup version builds it.)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-6}
jdk17=${2:-/usr/lib/jvm/java-17-openjdk-amd64}
jdk25=${3:-/usr/lib/jvm/temurin-25-jdk-amd64}
out=bench/out
mkdir -p "$out"
[ -f bootstrap/target/groupsetup.jar ] || ./groupsetup version >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/groupsetup-flags.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$jdk17/bin/java" -Djarmode=tools -jar bootstrap/target/groupsetup.jar extract --destination "$work/app" >/dev/null
app="$work/app/groupsetup.jar"
training="$PWD/bootstrap/launch/training.groupsetup"

c1="-XX:TieredStopAtLevel=1"
small="-XX:+UseSerialGC -Xms32m -Xss512k"
declare -a names homes opts
add() { names+=("$1"); homes+=("$2"); opts+=("$3"); }
add "17 C1 serial (launcher before)"       "$jdk17" "$c1 $small"
add "17 C1 serial -UsePerfData (launcher)" "$jdk17" "$c1 $small -XX:-UsePerfData"
add "17 tiered serial -UsePerfData"        "$jdk17" "$small -XX:-UsePerfData"
add "17 C1 -UsePerfData CICompilerCount=1" "$jdk17" "$c1 $small -XX:-UsePerfData -XX:CICompilerCount=1"
add "17 C1 -UsePerfData no background preinit" "$jdk17" "$c1 $small -XX:-UsePerfData -Dspring.backgroundpreinitializer.ignore=true"
add "25 C1 serial (launcher before)"       "$jdk25" "$c1 $small"
add "25 C1 serial -UsePerfData"            "$jdk25" "$c1 $small -XX:-UsePerfData"
add "25 tiered serial -UsePerfData (JEP 515 profiles)" "$jdk25" "$small -XX:-UsePerfData"
add "25 C1 -UsePerfData CICompilerCount=1" "$jdk25" "$c1 $small -XX:-UsePerfData -XX:CICompilerCount=1"
add "25 C1 -UsePerfData no background preinit" "$jdk25" "$c1 $small -XX:-UsePerfData -Dspring.backgroundpreinitializer.ignore=true"
add "25 C1 -UsePerfData CompactObjectHeaders" "$jdk25" "$c1 $small -XX:-UsePerfData -XX:+UseCompactObjectHeaders"
add "25 C1 -UsePerfData, dynamic CDS instead" "$jdk25" "$c1 $small -XX:-UsePerfData"
add "17 C1 -UsePerfData no preinit CICompilerCount=1" "$jdk17" "$c1 $small -XX:-UsePerfData -Dspring.backgroundpreinitializer.ignore=true -XX:CICompilerCount=1"
add "25 C1 -UsePerfData no preinit CompactObjectHeaders" "$jdk25" "$c1 $small -XX:-UsePerfData -Dspring.backgroundpreinitializer.ignore=true -XX:+UseCompactObjectHeaders"
# FLAGS_ONLY=REGEX: only the variants whose name matches (bash regular expression)
if [ -n "${FLAGS_ONLY:-}" ]; then
    declare -a n2 h2 o2
    for k in "${!names[@]}"; do
        if [[ ${names[$k]} =~ $FLAGS_ONLY ]]; then n2+=("${names[$k]}"); h2+=("${homes[$k]}"); o2+=("${opts[$k]}"); fi
    done
    names=("${n2[@]}"); homes=("${h2[@]}"); opts=("${o2[@]}")
fi

# train: one archive per variant, with its own options
declare -a runs
for k in "${!names[@]}"; do
    home=${homes[$k]}
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    quiet="-Xlog:cds=off -Xlog:cds+dynamic=off"
    if [[ ${names[$k]} == *"dynamic CDS"* ]]; then
        make="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$work/$k.jsa"; use="$make"
    elif [ "$major" -ge 25 ]; then
        make="-XX:AOTCacheOutput=$work/$k.aot"; use="-XX:AOTCache=$work/$k.aot"; quiet="-Xlog:cds=off -Xlog:aot=off"
    else
        make="-XX:ArchiveClassesAtExit=$work/$k.jsa"; use="-XX:SharedArchiveFile=$work/$k.jsa -Xshare:auto"
    fi
    echo "== training: ${names[$k]}" >&2
    rm -rf "$work/train" && mkdir -p "$work/train"
    # shellcheck disable=SC2086
    (cd "$work/train" && "$home/bin/java" ${opts[$k]} $make $quiet -Dgroupsetup.data-dir="$work/train/data" \
        -Dgroupsetup.storage=file -Dgroupsetup.technician=training -jar "$app" @"$training" \
        </dev/null >/dev/null 2>&1) || true
    runs+=("$home/bin/java ${opts[$k]} $use $quiet -jar $app")
done

export GROUPSETUP_DATA_DIR="$work/data"
"$jdk17/bin/java" -jar "$app" group new 94123456 >/dev/null 2>&1
# a complete group: `group check` exits 0 (with findings it exits 1, which would read as a failed run)
"$jdk17/bin/java" -jar "$app" group set 94123456001 --company-name "Soins à Domicile L'Aurore SRL" \
    --city Bruxelles --postal-code 1000 --street "Rue de la Loi 16" --iban "BE68 5390 0754 7034" --bic GKCCBEBB \
    --first-name Françoise --last-name "D'Hondt" --phone "0470 12 34 56" --subscription-type S-1 \
    --inami 41234502001 --enterprise-number 0428759497 --single-point-of-contact 135 \
    --reference-care-provider 41234502001 >/dev/null 2>&1

: > "$out/flags-raw.txt"
echo "== $rounds rounds; load: $(uptime)" >&2
for ((i = 1; i <= rounds; i++)); do
    for k in "${!names[@]}"; do
        # shellcheck disable=SC2086
        /usr/bin/time -o "$work/time.txt" -f "%e %M %x" ${runs[$k]} group check 94123456001 >/dev/null 2>&1 || true
        printf '%s\t%s\n' "${names[$k]}" "$(tail -n 1 "$work/time.txt")" >> "$out/flags-raw.txt"
    done
    echo "   round $i done" >&2
done
{
    echo "load at the end: $(uptime)"
    python3 - "$out/flags-raw.txt" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, values = line.rstrip("\n").split("\t")
    seconds, kb, status = values.split()
    if status != "0":
        print(f"WARNING: {name} failed (exit status {status}): left out")
        continue
    rows.setdefault(name, []).append((float(seconds), int(kb)))
print(f"{'JDK and options (each with its own archive)':<46} {'wall median':>11} {'range':>13} {'peak MiB':>9}")
for name, values in rows.items():
    walls = [w for w, _ in values]; mems = [k / 1024 for _, k in values]
    print(f"{name:<46} {statistics.median(walls):>10.2f}s {min(walls):>5.2f}–{max(walls):<5.2f}s {statistics.median(mems):>8.0f}")
PY
} | tee "$out/flags.txt"
