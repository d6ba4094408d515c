#!/usr/bin/env bash
# Does the wiring worked out when the jar was built (Spring AOT, which the launcher's starts use) do what the wiring
# as written does? The tests cannot tell: they run before the jar is made, on the wiring as written. Runs every
# command of the launcher's training script (bootstrap/launch/training.groupsetup), one start each, through
# ./groupsetup twice in two throw-away data directories: with the built wiring (the launcher's default) and without
# (-Dgroupsetup.aot=false), and compares all they print and their exit statuses, time stamps aside. Then checks that
# the built wiring was really used, and that it is not where the settings ask for another wiring: `serve` (the
# dashboard answers) and a migration source (`storage migrate` is offered).
# Prints what differs; exits 1 when a check fails.
#
# Usage: scripts/aot-check.sh      (builds the application first through ./groupsetup when it is missing or stale)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher="$PWD/groupsetup"
training="$PWD/bootstrap/launch/training.groupsetup"

say() { printf 'aot-check: %s\n' "$*"; }
work=$(mktemp -d "${TMPDIR:-/tmp}/groupsetup-aot-check.XXXXXX")
serve_pid=""
trap '[ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null; rm -rf "$work"' EXIT
failed=0

# the same settings for both: nothing from this machine's environment or settings file; more JVM options in
# $opts, more settings (NAME=VALUE, separated by blanks) in $settings; launch=exec replaces the caller by the
# launcher (in the background: $! is then the JVM itself, which the launcher execs)
run() { # mode data-dir words...
    local mode=$1 data=$2; shift 2
    local aot=true
    [ "$mode" = written ] && aot=false
    # shellcheck disable=SC2086
    ${launch:-} env -u GROUPSETUP_STORAGE -u GROUPSETUP_STORAGE_MIGRATE_FROM HOME="$work/home" LANG=C.UTF-8 \
        GROUPSETUP_JAVA_OPTS="-Dgroupsetup.aot=$aot ${opts:-}" GROUPSETUP_DATA_DIR="$data" \
        GROUPSETUP_TECHNICIAN=aot-check GROUPSETUP_LANGUAGE=en ${settings:-} "$launcher" "$@"
}

mkdir -p "$work/home"
# in the throw-away folder: the training's `group export --output` writes a file in the working folder
cd "$work"
run built "$work/warm" version >/dev/null # builds and trains the launcher's archive first, if need be
for mode in built written; do
    : > "$work/$mode.txt"
    while IFS= read -r line; do
        case "$line" in ''|'#'*) continue ;; esac
        eval "set -- $line"
        status=0
        run "$mode" "$work/data-$mode" "$@" < /dev/null >> "$work/$mode.txt" 2>&1 || status=$?
        printf '$ %s\n[exit %s]\n' "$line" "$status" >> "$work/$mode.txt"
    done < "$training"
    # the data directory and the moments differ between the two runs, nothing else may
    sed -E -i -e "s#$work/data-$mode#DATA#g" -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]+Z?)?/DATE/g' \
        -e 's/[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?/TIME/g' "$work/$mode.txt"
done
# a start that fails (a data directory others can write to): the same one line both ways, no report of Spring's
mkdir -p "$work/open" && chmod 777 "$work/open"
for mode in built written; do
    status=0
    run "$mode" "$work/open" version < /dev/null > "$work/failed-$mode.txt" 2>&1 || status=$?
    printf '[exit %s]\n' "$status" >> "$work/failed-$mode.txt"
done
if diff -u "$work/failed-written.txt" "$work/failed-built.txt" >> "$work/diff.txt" \
    && [ "$(wc -l < "$work/failed-built.txt")" -le 3 ] && grep -q '^\[exit 2\]' "$work/failed-built.txt"; then
    say "a failed start says why in the same words both ways (exit 2)"
else
    say "FAILED: a failed start differs between the two wirings, or says more than its reason:"
    cat "$work/failed-written.txt" "$work/failed-built.txt"
    failed=1
fi

commands=$(grep -c '^\$ ' "$work/built.txt")
if diff -u "$work/written.txt" "$work/built.txt" > "$work/diff.txt"; then
    say "the $commands commands of the training script print the same with the built wiring as without"
else
    say "FAILED: the built wiring and the wiring as written differ:"
    cat "$work/diff.txt"
    failed=1
fi

# the built wiring was used for a command, and not when asked not to
verbose() { # mode words... -> how many classes of the generated wiring's bean definitions the start loaded
    # without the launcher's archive, which on Java 25 lists every class it holds as loaded at start; the bean
    # definitions, not the initializer, which AheadOfTime loads to see whether the jar has the built wiring
    local mode=$1; shift
    opts="-Xlog:class+load=info:stdout" settings=GROUPSETUP_FAST_START=0 run "$mode" "$work/data-built" "$@" \
        > "$work/classes.txt" 2>/dev/null || true
    grep -c 'ApplicationWiring__BeanDefinitions' "$work/classes.txt" || true
}
if [ "$(verbose built version)" -gt 0 ] && [ "$(verbose written version)" -eq 0 ]; then
    say "the launcher's start uses the built wiring; -Dgroupsetup.aot=false does not"
else
    say "FAILED: the built wiring is not used where it should be, or used where it should not"
    failed=1
fi

# a migration source asks for a wiring the build did not make: storage migrate must be offered
settings=GROUPSETUP_STORAGE_MIGRATE_FROM=postgres run built "$work/data-built" help > "$work/help.txt" 2>&1 || true
if grep -q 'storage migrate' "$work/help.txt"; then
    say "with a migration source, storage migrate is offered"
else
    say "FAILED: with a migration source, storage migrate is not offered"
    failed=1
fi

# serve asks for the dashboard's wiring: it must answer (bash's own /dev/tcp: no HTTP client needed)
status_line() { # http://host:port/path -> the first line of the answer
    local rest=${1#http://}
    local authority=${rest%%/*}
    exec 3<>"/dev/tcp/${authority%:*}/${authority##*:}" || return 1
    printf 'GET /%s HTTP/1.0\r\nHost: %s\r\n\r\n' "${rest#*/}" "$authority" >&3
    head -n 1 <&3
    exec 3<&- 3>&-
}
port=$(( 20000 + $$ % 20000 ))
launch="exec" run built "$work/data-built" serve --port "$port" > "$work/serve.txt" 2>&1 &
serve_pid=$!
answered=""
for _ in $(seq 1 120); do
    address=$(grep -o 'http://[^ ]*' "$work/serve.txt" 2>/dev/null | head -n 1 || true)
    if [ -n "$address" ] && status_line "$address" > "$work/answer.txt" 2>/dev/null \
        && grep -q '^HTTP/1\.[01] [23]' "$work/answer.txt"; then
        answered=yes
        break
    fi
    kill -0 "$serve_pid" 2>/dev/null || break
    sleep 0.5
done
kill "$serve_pid" 2>/dev/null || true
wait "$serve_pid" 2>/dev/null || true
serve_pid=""
if [ -n "$answered" ]; then
    say "serve starts and its dashboard answers"
else
    say "FAILED: serve did not answer; it printed:"
    cat "$work/serve.txt"
    failed=1
fi

exit "$failed"
