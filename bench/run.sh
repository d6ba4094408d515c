#!/usr/bin/env bash
# The start-up and scale benchmark (issues 5 and 15), in one run with alternating rounds, on Java 17 and Java 25:
#   reference-J     a bare Spring Boot 4.0.7 + Spring Shell 4.0.1 app (bench/reference) under plain `java -jar`
#   ref-tricks-J    the same app with every trick the launcher uses: its jar extracted, C1, the serial collector,
#                   the same heap and stack options, and an archive trained on it (AOT cache on 25, AppCDS on 17):
#                   what the framework alone costs at its fastest, to which the prompt and the list compare
#   launcher-J      JAVA_HOME=<JDK J> ./groupsetup group check N
#   before-17       the launcher of commit 357e68a (before issue 15: checksum key, C1) on Java 17: no regression?
#   plain-jar-17    java -jar bootstrap/target/groupsetup.jar group check N
#   prompt-J        ./groupsetup until the interactive prompt appears (real pseudo-terminal); written before Spring
#                   starts, keys typed at it wait in the terminal (EarlyPrompt)
#   answer-J        the same run, `version` typed as soon as the prompt shows: until its answer appears, which
#                   needs the whole application (the start as a technician feels it when typing at once)
#   list-100k-J     ./groupsetup group list over 100,000 generated valid groups
#   list2-100k-J    ./groupsetup @FILE of two `group list` over the same: minus list-100k-J, what a list takes in a
#                   session already started (the shell, or a script), which no JVM or Spring start hides
# Wall time and peak memory (max RSS) per round; medians and ranges at the end; the paired ratios of the launcher
# to the reference on each JDK; for the one-shot list, its processor time (user and system) and the least wall
# time any schedule on this machine's cores could reach with it (processor time / cores). Then, once per JDK, `group set` inside a script of 1,000 changes
# (./groupsetup @FILE): median, p99 and longest time per change (bench/set_latency.py).
# Usage: bench/run.sh [ROUNDS] [JDK17_HOME] [JDK25_HOME]   (default 10; results also in bench/out/results.txt)
# BENCH_LIST_ROUNDS=N: the lists of 100,000 groups in the first N rounds only (default 3: each takes seconds).
# The 100,000 groups are generated once into bench/out/groups-100k (a few minutes) and kept for later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
# the list of 100,000 groups takes seconds: in the first rounds only (BENCH_LIST_ROUNDS)
list_rounds=${BENCH_LIST_ROUNDS:-3}
jdk17=${2:-/usr/lib/jvm/java-17-openjdk-amd64}
jdk25=${3:-/usr/lib/jvm/temurin-25-jdk-amd64}
out=bench/out
mkdir -p "$out"
for home in "$jdk17" "$jdk25"; do
    [ -x "$home/bin/java" ] || { echo "no JDK at $home (bench/run.sh [ROUNDS] [JDK17_HOME] [JDK25_HOME])" >&2; exit 2; }
done

echo "== building groupsetup (through the launcher, which trains its archive for each JDK) and the reference app" >&2
JAVA_HOME="$jdk17" ./groupsetup version >/dev/null
JAVA_HOME="$jdk25" ./groupsetup version >/dev/null
ref=bench/reference/target/reference.jar
if [ ! -f "$ref" ] || [ -n "$(find bench/reference/src bench/reference/pom.xml -newer "$ref" -type f | head -n 1)" ]; then
    (cd bench/reference && JAVA_HOME="$jdk17" ../../mvnw -q -B -DskipTests package)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/groupsetup-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== the reference with every trick: extracted, trained once per JDK" >&2
tricks="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xss512k"
for j in 17 25; do
    home=$jdk17; [ "$j" = 25 ] && home=$jdk25
    dir="$work/reference-$j"
    "$home/bin/java" -Djarmode=tools -jar "$ref" extract --destination "$dir" >/dev/null
    if [ "$j" = 25 ]; then
        use="--enable-native-access=ALL-UNNAMED -XX:AOTCache=$dir/reference.aot"
        make="--enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput=$dir/reference.aot"
    else
        use="-XX:SharedArchiveFile=$dir/reference.jsa -Xshare:auto"
        make="-XX:ArchiveClassesAtExit=$dir/reference.jsa"
    fi
    # shellcheck disable=SC2086
    "$home/bin/java" $tricks $make -jar "$dir/reference.jar" hello >/dev/null 2>&1
    printf '%s' "$use" > "$work/tricks-$j"
done
one="$work/one"
many="$out/groups-100k"

# the launcher before issue 15, in a copy of the checkout's layout of its own (its archive apart from ours)
before="$work/before"
mkdir -p "$before/bootstrap/target" "$before/bootstrap/launch"
git show 357e68a:groupsetup > "$before/groupsetup"
cp -p bootstrap/target/groupsetup.jar "$before/bootstrap/target/"
cp -p bootstrap/launch/training.groupsetup "$before/bootstrap/launch/"
JAVA_HOME="$jdk17" GROUPSETUP_DATA_DIR="$one" sh "$before/groupsetup" help >/dev/null 2>&1

echo "== the data: one complete group; 100,000 groups (generated once)" >&2
GROUPSETUP_DATA_DIR="$one" ./groupsetup group new 94123456 >/dev/null 2>&1
GROUPSETUP_DATA_DIR="$one" ./groupsetup group set 94123456001 --company-name "Soins à Domicile L'Aurore SRL" \
    --city Bruxelles --postal-code 1000 --street "Rue de la Loi 16" --iban "BE68 5390 0754 7034" --bic GKCCBEBB \
    --first-name Françoise --last-name "D'Hondt" --phone "0470 12 34 56" --subscription-type S-1 \
    --inami 41234502001 --enterprise-number 0428759497 --single-point-of-contact 135 \
    --reference-care-provider 41234502001 >/dev/null 2>&1
if [ ! -f "$many/generated-100000" ]; then
    rm -rf "$many"
    app=$(ls -d bootstrap/target/launch/java*/app | head -n 1)
    "$jdk25/bin/java" -cp "$app/groupsetup.jar:$app/lib/*" bench/GenerateGroups.java "$many" 100000
    : > "$many/generated-100000"
fi
# a first list builds (or checks) the storage's summary index; the rounds measure the lists after it
GROUPSETUP_DATA_DIR="$many" JAVA_HOME="$jdk25" ./groupsetup group list >/dev/null

measure() { # name command...  -> appends "name seconds kilobytes exit-status cpu-seconds"
    local name=$1; shift
    /usr/bin/time -o "$work/time.txt" -f "%e %M %x %U %S" "$@" >/dev/null 2>/dev/null || true
    echo "$name $(tail -n 1 "$work/time.txt")" >> "$out/raw.txt"
}
prompt() { # name JDK_HOME  -> the prompt's row, and the answer's: `version` typed as soon as the prompt shows
    local result seconds kb answered failed status
    result=$(JAVA_HOME="$2" GROUPSETUP_DATA_DIR="$one" ANSWER='version|storage:' \
        python3 bench/prompt_time.py 'groupsetup:>' ./groupsetup) || result="0 0 0 failed"
    read -r seconds kb answered failed <<< "$result"
    status=0
    [ -n "$failed" ] && status=1
    echo "$1 $seconds $kb $status 0 0" >> "$out/raw.txt"
    echo "${1/prompt/answer} $answered $kb $status 0 0" >> "$out/raw.txt"
}

printf 'group list\ngroup list\n' > "$work/two-lists.txt"
: > "$out/raw.txt"
load_start=$(uptime)
echo "== $rounds rounds; $load_start" >&2
for ((i = 1; i <= rounds; i++)); do
    measure reference-17 "$jdk17/bin/java" -jar "$ref" hello
    measure launcher-17 env JAVA_HOME="$jdk17" GROUPSETUP_DATA_DIR="$one" ./groupsetup group check 94123456001
    measure reference-25 "$jdk25/bin/java" -jar "$ref" hello
    # shellcheck disable=SC2046,SC2086
    measure ref-tricks-17 "$jdk17/bin/java" $tricks $(cat "$work/tricks-17") -jar "$work/reference-17/reference.jar" hello
    # shellcheck disable=SC2046,SC2086
    measure ref-tricks-25 "$jdk25/bin/java" $tricks $(cat "$work/tricks-25") -jar "$work/reference-25/reference.jar" hello
    measure launcher-25 env JAVA_HOME="$jdk25" GROUPSETUP_DATA_DIR="$one" ./groupsetup group check 94123456001
    measure before-17 env JAVA_HOME="$jdk17" GROUPSETUP_DATA_DIR="$one" sh "$before/groupsetup" group check 94123456001
    measure plain-jar-17 env GROUPSETUP_DATA_DIR="$one" "$jdk17/bin/java" -jar bootstrap/target/groupsetup.jar group check 94123456001
    prompt prompt-17 "$jdk17"
    prompt prompt-25 "$jdk25"
    if [ "$i" -le "$list_rounds" ]; then
        measure list-100k-17 env JAVA_HOME="$jdk17" GROUPSETUP_DATA_DIR="$many" ./groupsetup group list
        measure list-100k-25 env JAVA_HOME="$jdk25" GROUPSETUP_DATA_DIR="$many" ./groupsetup group list
        measure list2-100k-17 env JAVA_HOME="$jdk17" GROUPSETUP_DATA_DIR="$many" ./groupsetup @"$work/two-lists.txt"
        measure list2-100k-25 env JAVA_HOME="$jdk25" GROUPSETUP_DATA_DIR="$many" ./groupsetup @"$work/two-lists.txt"
    fi
    echo "   round $i done" >&2
done
load_end=$(uptime)

echo "== group set inside a script of 1,000 changes, once per JDK" >&2
for ((i = 0; i < 1000; i++)); do
    printf 'group set 94123456001 --phone "0470 %02d %02d %02d"\n' $((i / 100 % 100)) $((i / 10 % 10 + 10)) $((i % 100))
done > "$work/changes.txt"
: > "$out/set.txt"
for j in 17 25; do
    home=$jdk17; [ "$j" = 25 ] && home=$jdk25
    # each JDK from the same start: a copy of the group as the rounds left it (each change lengthens its history,
    # and the store reads the whole history at each change: FileGroupStore.reconcileHistory)
    rm -rf "$work/set-$j" && cp -Rp "$one" "$work/set-$j"
    echo "set-1000-$j $(JAVA_HOME="$home" GROUPSETUP_DATA_DIR="$work/set-$j" python3 bench/set_latency.py ./groupsetup @"$work/changes.txt")" >> "$out/set.txt"
done

python3 - "$out/raw.txt" "$out/set.txt" "$load_start" "$load_end" <<'PY' | tee "$out/results.txt"
import os, statistics, sys
rows = {}
failed = {}
for line in open(sys.argv[1]):
    name, seconds, kb, status, user, system = line.split()[:6]
    if status != "0":
        failed[name] = failed.get(name, 0) + 1   # a failed run is left out, and said
        continue
    rows.setdefault(name, []).append((float(seconds), int(kb), float(user) + float(system)))
for name, count in failed.items():
    print(f"WARNING: {name} failed {count} time(s); left out of the figures")
print(f"load before the rounds: {sys.argv[3].strip()}")
print(f"load after the rounds:  {sys.argv[4].strip()}")
print(f"{'run':<13} {'n':>3} {'wall median':>12} {'wall range':>15} {'peak MiB median':>16} {'peak range':>13} {'CPU s median':>13}")
for name, values in rows.items():
    walls = [v[0] for v in values]; mems = [v[1] / 1024 for v in values]; cpus = [v[2] for v in values]
    cpu = f"{statistics.median(cpus):>12.2f}s" if max(cpus) > 0 else f"{'':>13}"
    print(f"{name:<13} {len(values):>3} {statistics.median(walls):>11.3f}s {min(walls):>6.2f}–{max(walls):<6.2f}s "
          f"{statistics.median(mems):>15.0f} {min(mems):>6.0f}–{max(mems):<6.0f} {cpu}")
def med(name, i):
    return statistics.median([v[i] for v in rows[name]])
goals = {"25": (0.25, 0.50), "17": (0.32, 0.43)}
for j in ("17", "25"):
    ref, fast = f"reference-{j}", f"launcher-{j}"
    if ref in rows and fast in rows:
        wall, mem = med(fast, 0) / med(ref, 0), med(fast, 1) / med(ref, 1)
        gw, gm = goals[j]
        what = "goal" if j == "25" else "before issue 15 (no regression)"
        cpu = med(fast, 2) / med(ref, 2)
        print(f"Java {j}: launcher/reference wall {wall:.2f}x, peak memory {mem:.2f}x ({what}: <= {gw}x, <= {gm}x);"
              f" CPU time {cpu:.2f}x")
for j in ("17", "25"):
    tricks = f"ref-tricks-{j}"
    if tricks not in rows:
        continue
    for name, what in ((f"launcher-{j}", "group check"), (f"prompt-{j}", "the prompt"),
                       (f"answer-{j}", "the answer to a command typed at the prompt")):
        if name in rows:
            print(f"Java {j}: {what} / the reference with every trick: wall {med(name, 0) / med(tricks, 0):.2f}x, "
                  f"peak memory {med(name, 1) / med(tricks, 1):.2f}x")
for j in ("17", "25"):
    one, two = f"list-100k-{j}", f"list2-100k-{j}"
    if one in rows and two in rows:
        print(f"Java {j}: group list over 100,000 groups in a session already started (a script of two lists minus"
              f" one list): {med(two, 0) - med(one, 0):.2f} s (goal: < 1 s)")
    if one in rows:
        cores = os.cpu_count() or 1
        print(f"Java {j}: group list over 100,000 groups, one-shot: {med(one, 0):.2f} s for {med(one, 2):.2f} s of"
              f" processor time; on {cores} cores no schedule ends before {med(one, 2) / cores:.2f} s")
if "before-17" in rows and "launcher-17" in rows:
    print(f"Java 17: launcher now / launcher before: wall {med('launcher-17', 0) / med('before-17', 0):.2f}x, "
          f"peak memory {med('launcher-17', 1) / med('before-17', 1):.2f}x")
print("group set in a script of 1,000 changes: n, median ms, p99 ms, max ms, start to the first change ms, total s")
for line in open(sys.argv[2]):
    print("  " + line.strip())
PY
