#!/usr/bin/env python3
"""Two launchers, paired: `group check N` through each in turn, the order swapped every round (no side always
runs first, after the same neighbour). Medians of wall time, CPU time (user + system of the launcher and its JVM,
from wait4) and peak RSS.

Usage: JAVA_HOME=… GROUPSETUP_DATA_DIR=<folder with a complete group N> \
       python3 bench/launcher_ab.py LAUNCHER_A LAUNCHER_B N [ROUNDS]
Each launcher is a `groupsetup` script in a checkout of its own layout (its bootstrap/target/groupsetup.jar and
bootstrap/launch/training.groupsetup); run each once first, so that its archive is trained. bench/run.sh shows how
to lay out the launcher of an older commit (git show COMMIT:groupsetup).
"""
import os
import statistics
import subprocess
import sys
import time


def main():
    launchers = {"A " + sys.argv[1]: sys.argv[1], "B " + sys.argv[2]: sys.argv[2]}
    number = sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 12
    results = {name: [] for name in launchers}
    for i in range(rounds):
        order = list(launchers.items()) if i % 2 == 0 else list(reversed(launchers.items()))
        for name, launcher in order:
            start = time.monotonic()
            process = subprocess.Popen(["sh", launcher, "group", "check", number],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(f"{launcher} failed (status {os.waitstatus_to_exitcode(status)})")
            results[name].append((time.monotonic() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024))
    for name, values in results.items():
        wall, cpu, rss = (statistics.median(v[k] for v in values) for k in range(3))
        print(f"{name}: wall {wall:.3f} s ({min(v[0] for v in values):.2f}–{max(v[0] for v in values):.2f}), "
              f"CPU {cpu:.3f} s, peak {rss:.0f} MiB")


if __name__ == "__main__":
    main()
