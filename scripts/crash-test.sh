#!/usr/bin/env bash
# The storage crash test with more kills than the normal test run (see docs/storage.md): a child JVM changes one
# group in a loop and is killed with SIGKILL at random moments; after each kill the group must load, at the last
# acknowledged revision or the one in flight, with a history that agrees.
#
# Usage: scripts/crash-test.sh [KILLS [SEED]]     default 1000 kills, a random seed (printed)
# Takes about half a second per kill on two cores. Add -o to MVN_FLAGS to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."

kills="${1:-1000}"
properties=(-Dgroupsetup.crash.kills="$kills")
if [[ -n "${2:-}" ]]; then
    properties+=(-Dgroupsetup.seed="$2")
fi

# domain and application come from this checkout (the reactor), never from an older jar in ~/.m2
./mvnw ${MVN_FLAGS:-} -q -B -pl domain,application,adapters-persistence/document,adapters-persistence/file test -Dtest=FileStoreCrashTest \
    -Dsurefire.failIfNoSpecifiedTests=false "${properties[@]}"
grep -h '^FileStoreCrashTest:' \
    adapters-persistence/file/target/surefire-reports/be.groupsetup.adapters.persistence.file.FileStoreCrashTest-output.txt
