#!/usr/bin/env python3
"""Latency of each change inside one script run: the time between successive "stored (revision" lines.

Usage: set_latency.py COMMAND [ARG...]     (e.g. ./groupsetup @changes.txt)
Reads the command's standard output as it comes (groupsetup flushes after each command), stamps each line, and
prints "<n> <p50 ms> <p99 ms> <max ms> <first ms> <total s>": n changes after the first, their median, 99th
percentile and longest interval, the time from start to the first change stored (the JVM's start included), and the
whole run. Exit status 1 when the command fails or stores fewer changes than lines in the script.
"""
import subprocess
import sys
import time


def percentile(values, p):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[rank]


def main():
    start = time.monotonic()
    process = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    stamps = []
    for line in process.stdout:
        if b"stored (revision" in line:
            stamps.append(time.monotonic())
    status = process.wait()
    total = time.monotonic() - start
    if status != 0 or len(stamps) < 2:
        print(f"failed: status {status}, {len(stamps)} changes stored", file=sys.stderr)
        sys.exit(1)
    intervals = [(b - a) * 1000 for a, b in zip(stamps, stamps[1:])]
    print(f"{len(intervals)} {percentile(intervals, 50):.1f} {percentile(intervals, 99):.1f} "
          f"{max(intervals):.1f} {(stamps[0] - start) * 1000:.0f} {total:.2f}")


if __name__ == "__main__":
    main()
