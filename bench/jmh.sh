#!/usr/bin/env bash
# The JMH benchmarks of issue 5: validating whole configurations (domain) and loading / saving one document
# (file storage). Usage: bench/jmh.sh [JMH options], e.g. bench/jmh.sh -wi 2 -i 3   (default: each benchmark's own)
# The first run needs the network once, to fetch JMH 1.37 from Maven Central. Results also in bench/out/jmh.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
./mvnw -q -B -Pbench -Djacoco.skip=true -pl domain,application,adapters-persistence/document,adapters-persistence/file test-compile \
    dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
run() { # module benchmark-regex
    local module=$1; shift
    "$java" -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")" \
        org.openjdk.jmh.Main "$@"
}
{
    run domain 'be.groupsetup.domain.ValidationBenchmark' "$@"
    run adapters-persistence/file 'be.groupsetup.adapters.persistence.file.(Load|Save)Benchmark' "$@"
} 2>&1 | tee bench/out/jmh.txt
