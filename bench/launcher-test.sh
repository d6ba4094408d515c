#!/bin/sh
# Tests of the launcher (./groupsetup) without Maven or a real JVM: a copy of the launcher in a throw-away
# checkout with a stand-in jar, and fake JDKs (a `release` file and a bin/java script that logs how it was called).
# Checks which JVM it chooses (JAVA_HOME wins, else the newest JDK 25+, else the PATH's java), the options per JDK,
# when the archive is trained again (jar size or time, JDK, damaged archive; not on an unchanged start), the
# owner-only cache folder and the fallbacks to `java -jar`.
# Usage: sh bench/launcher-test.sh        (prints one line per check; exit status 1 when one fails)
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
t=$(mktemp -d "${TMPDIR:-/tmp}/launcher-test.XXXXXX")
[ -n "${KEEP:-}" ] || trap 'rm -rf "$t"' EXIT
failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1" >&2; failures=$((failures + 1)); }
check() { # description command...
    d=$1; shift
    if "$@"; then pass "$d"; else fail "$d"; fi
}

# --- a checkout: the launcher, a jar, the training script (no sources newer than the jar: no build)
repo="$t/repo"
mkdir -p "$repo/bootstrap/target" "$repo/bootstrap/launch"
cp "$here/groupsetup" "$repo/groupsetup"
printf 'help\n' > "$repo/bootstrap/launch/training.groupsetup"
printf 'jar v1' > "$repo/bootstrap/target/groupsetup.jar"

# --- fake JDKs: fake_jdk HOME VERSION RUNTIME
fake_jdk() {
    mkdir -p "$1/bin" "$1/lib/server"
    printf 'IMPLEMENTOR="Fake"\nJAVA_RUNTIME_VERSION="%s"\nJAVA_VERSION="%s"\n' "$3" "$2" > "$1/release"
    printf 'libjvm %s' "$3" > "$1/lib/server/libjvm.so"
    cat > "$1/bin/java" <<EOF
#!/bin/sh
# fake java: logs its home and arguments; extracts, trains (unless FAKE_TRAINING_FAILS) and runs
home=\$(cd "\$(dirname "\$0")/.." && pwd)
echo "\$home \$*" >> "$t/calls"
archive=
for a in "\$@"; do
    case \$a in
        -XX:AOTCacheOutput=*) archive=\${a#*=} ;;
        -XX:ArchiveClassesAtExit=*) archive=\${a#*=} ;;
        --destination) next=dest ;;
        *) [ "\${next:-}" = dest ] && { mkdir -p "\$a" && printf 'app' > "\$a/groupsetup.jar"; next=; } ;;
    esac
done
if [ -n "\$archive" ]; then
    [ -n "\${FAKE_TRAINING_FAILS:-}" ] || printf 'archive of %s' "\$home" > "\$archive"
    echo training >> "$t/trainings"
fi
echo "RAN \$home \$*"
EOF
    chmod +x "$1/bin/java"
}
shell=$(command -v sh)
jvm="$t/jvm"
fake_jdk "$jvm/jdk-17" 17.0.15 17.0.15+6
fake_jdk "$jvm/jdk-21" 21.0.7 21.0.7+6
fake_jdk "$jvm/jdk-25.0.1" 25.0.1 25.0.1+8
fake_jdk "$jvm/jdk-25.0.3" 25.0.3 25.0.3+9
fake_jdk "$t/old/jdk-8" 1.8.0_392 1.8.0_392-b08
mkdir -p "$t/path17" "$t/path8" "$t/nojava" "$t/empty"
ln -s "$jvm/jdk-17/bin/java" "$t/path17/java"
ln -s "$t/old/jdk-8/bin/java" "$t/path8/java"
for tool in dirname readlink stat find id cat mkdir rm mktemp sed head touch ls; do
    for d in path17 path8 nojava; do ln -s "$(command -v "$tool")" "$t/$d/$tool"; done
done

# run [VAR=value...]: the launcher with a clean environment; output in $t/out, status in $status
run() {
    : > "$t/calls"
    status=0
    env -i HOME="$t/home" PATH="$t/path17" GROUPSETUP_JDK_DIRS="$jvm" "$@" "$shell" "$repo/groupsetup" group check 1 \
        > "$t/out" 2> "$t/err" || status=$?
}
ran() { grep -q "^RAN $1 " "$t/out"; }           # the command ran on the JVM of home $1
ran_with() { grep -q "^RAN .* $1" "$t/out"; }    # ... with this argument
trainings() { if [ -f "$t/trainings" ]; then wc -l < "$t/trainings" | tr -d ' '; else echo 0; fi; }

echo "== which JVM"
run
check "no JAVA_HOME: the newest JDK 25+ of the install folders (25.0.3), not the PATH's 17" ran "$jvm/jdk-25.0.3"
check "on 25: the AOT cache" ran_with "-XX:AOTCache=$repo/bootstrap/target/launch/java25/groupsetup.aot"
check "on 25: C1 only, as on 17 (measured faster than tiered with the JEP 515 profiles)" ran_with "-XX:TieredStopAtLevel=1 .*-XX:AOTCache="
run JAVA_HOME="$jvm/jdk-17"
check "JAVA_HOME wins over a newer JDK" ran "$jvm/jdk-17"
check "on 17: the AppCDS archive, C1 only" ran_with "-XX:TieredStopAtLevel=1 .*-XX:SharedArchiveFile=$repo/bootstrap/target/launch/java17/groupsetup.jsa"
check "native access granted (no JVM warnings above the prompt on 22+), on every JDK" ran_with "--enable-native-access=ALL-UNNAMED .*-jar"
check "the wiring built ahead of time asked for (used where the settings allow: AheadOfTime)" ran_with "-Dgroupsetup.aot=true .*-jar"
run JAVA_HOME="$jvm/jdk-21" GROUPSETUP_JDK_DIRS="$t/empty"
check "JAVA_HOME of a JDK 21" ran "$jvm/jdk-21"
run JAVA_HOME="$t/nothing-here"
check "JAVA_HOME without bin/java: an error (status 2), no other JVM chosen" [ "$status" = 2 ]
check "... saying so" grep -q "JAVA_HOME is set to $t/nothing-here" "$t/err"
mkdir -p "$t/only-old"
cp -R "$jvm/jdk-17" "$jvm/jdk-21" "$t/only-old/"
run GROUPSETUP_JDK_DIRS="$t/only-old"
check "no JDK 25+: the PATH's java (17), though a 21 is installed" ran "$jvm/jdk-17"
run PATH="$t/nojava" GROUPSETUP_JDK_DIRS="$t/only-old"
check "no java on the PATH: the newest installed (21)" ran "$t/only-old/jdk-21"
run PATH="$t/path8" GROUPSETUP_JDK_DIRS="$t/empty"
check "only Java 8: an error (status 2)" [ "$status" = 2 ]
run PATH="$t/nojava" GROUPSETUP_JDK_DIRS="$t/empty"
check "no java at all: an error (status 2)" [ "$status" = 2 ]

echo "== the archive and its key"
rm -rf "$repo/bootstrap/target/launch" "$t/trainings"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "first start: trained once" [ "$(trainings)" = 1 ]
check "... then the command ran with the cache" ran_with "-XX:AOTCache="
check "the cache folder is owner-only (700)" [ -n "$(find "$repo/bootstrap/target/launch" -prune -perm 700)" ]
check "... and its JDK folder" [ -n "$(find "$repo/bootstrap/target/launch/java25" -prune -perm 700)" ]
run JAVA_HOME="$jvm/jdk-25.0.3"
check "unchanged jar and JDK: not trained again" [ "$(trainings)" = 1 ]
check "... one JVM started, no checksum of the jar" [ "$(wc -l < "$t/calls" | tr -d ' ')" = 1 ]
sleep 1; touch "$repo/bootstrap/target/groupsetup.jar"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "jar's modification time changed: trained again" [ "$(trainings)" = 2 ]
printf 'jar v2, longer' > "$t/jar" && cp "$t/jar" "$repo/bootstrap/target/groupsetup.jar"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "jar rebuilt (size): trained again" [ "$(trainings)" = 3 ]
run JAVA_HOME="$jvm/jdk-17"
check "another JDK: its own archive (trained)" [ "$(trainings)" = 4 ]
run JAVA_HOME="$jvm/jdk-25.0.3"
check "... the 25 cache kept beside it (not trained again)" [ "$(trainings)" = 4 ]
sed 's/25.0.3+9/25.0.3+10/' "$jvm/jdk-25.0.3/release" > "$t/release" && cp "$t/release" "$jvm/jdk-25.0.3/release"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "JDK updated in place (release): trained again" [ "$(trainings)" = 5 ]
sleep 1; printf 'libjvm, patched' > "$jvm/jdk-25.0.3/lib/server/libjvm.so"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "JDK's libjvm replaced: trained again" [ "$(trainings)" = 6 ]
printf 'dama' > "$repo/bootstrap/target/launch/java25/groupsetup.aot"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "damaged archive (size, time): trained again" [ "$(trainings)" = 7 ]
rm -rf "$repo/bootstrap/target/launch/java25/app"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "extracted app deleted: trained again" [ "$(trainings)" = 8 ]
check "... and the command still ran with the cache" ran_with "-XX:AOTCache="
sleep 1; printf '\n' >> "$repo/groupsetup"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "launcher updated (how it trains may have changed): trained again" [ "$(trainings)" = 9 ]

echo "== fallbacks"
rm -rf "$repo/bootstrap/target/launch"
run JAVA_HOME="$jvm/jdk-25.0.3" FAKE_TRAINING_FAILS=1
check "training fails: plain java -jar of the built jar" ran_with "-jar $repo/bootstrap/target/groupsetup.jar group check 1"
n=$(trainings)
run JAVA_HOME="$jvm/jdk-25.0.3" FAKE_TRAINING_FAILS=1
check "... and not tried again at every start" [ "$(trainings)" = "$n" ]
check "... still java -jar" ran_with "-jar $repo/bootstrap/target/groupsetup.jar"
printf 'x' > "$t/a-file"
run JAVA_HOME="$jvm/jdk-25.0.3" GROUPSETUP_CACHE_DIR="$t/a-file/launch"
check "cache folder cannot be made: plain java -jar" ran_with "-jar $repo/bootstrap/target/groupsetup.jar"
mkdir -p "$t/shared" && chmod 777 "$t/shared"
run JAVA_HOME="$jvm/jdk-25.0.3" GROUPSETUP_CACHE_DIR="$t/shared"
check "cache folder writable by others: not used, plain java -jar" ran_with "-jar $repo/bootstrap/target/groupsetup.jar"
check "... said on standard error" grep -q "not yours alone" "$t/err"
rm -rf "$repo/bootstrap/target/launch"
run JAVA_HOME="$jvm/jdk-25.0.3"
chmod 777 "$repo/bootstrap/target/launch"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "a ready cache whose folder became writable by others: not used" ran_with "-jar $repo/bootstrap/target/groupsetup.jar"
chmod 700 "$repo/bootstrap/target/launch"
mkdir "$repo/bootstrap/target/launch/java25.lock" && echo $$ > "$repo/bootstrap/target/launch/java25.lock/pid"
touch "$repo/bootstrap/target/groupsetup.jar.new" && sleep 1 && touch "$repo/bootstrap/target/groupsetup.jar"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "another process training (lock held by a live process): runs at once with java -jar" ran_with "-jar $repo/bootstrap/target/groupsetup.jar"
echo 999999999 > "$repo/bootstrap/target/launch/java25.lock/pid"
run JAVA_HOME="$jvm/jdk-25.0.3"
check "a lock left by a dead process: taken over, trained" ran_with "-XX:AOTCache="
run JAVA_HOME="$jvm/jdk-25.0.3" GROUPSETUP_FAST_START=0
check "GROUPSETUP_FAST_START=0: java -jar" ran_with "-jar $repo/bootstrap/target/groupsetup.jar"
run JAVA_HOME="$jvm/jdk-25.0.3" GROUPSETUP_JAVA_OPTS=-Dx=1
check "GROUPSETUP_JAVA_OPTS passed on" ran_with "-Dx=1 -jar"

echo "== POSIX sh"
check "sh -n groupsetup" sh -n "$here/groupsetup"
if command -v shellcheck >/dev/null 2>&1; then
    check "shellcheck -s sh groupsetup" shellcheck -s sh "$here/groupsetup"
fi
if command -v checkbashisms >/dev/null 2>&1; then
    check "checkbashisms groupsetup" checkbashisms "$here/groupsetup"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
