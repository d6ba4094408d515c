#!/usr/bin/env bash
# The time one save takes: a JMH benchmark of FileGroupStore.update on one group (see docs/storage.md).
# Usage: scripts/bench-save.sh [JMH options]   e.g. scripts/bench-save.sh -wi 1 -i 3
# The data directory is a temporary directory (java.io.tmpdir): set -Djava.io.tmpdir through JAVA_TOOL_OPTIONS, or
# TMPDIR, to measure another disk. The first run needs the network once, to fetch JMH 1.37 from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -Pbench -pl domain,application,adapters-persistence/document,adapters-persistence/file test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
module=adapters-persistence/file
classpath="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
exec java -cp "$classpath" org.openjdk.jmh.Main 'be.groupsetup.adapters.persistence.file.SaveBenchmark' "$@"
