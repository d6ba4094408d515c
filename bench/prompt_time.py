#!/usr/bin/env python3
"""Time from start until the interactive prompt appears, in a real pseudo-terminal (stdlib only).

Usage: prompt_time.py PROMPT COMMAND [ARG...]
Prints "<seconds> <peak RSS in KB at the prompt>" and leaves the shell with `exit`.
With ANSWER="LINE|TEXT" in the environment, LINE is typed as soon as the prompt shows, and the time until TEXT
appears (the command answered: the shell was ready, or its keys waited in the terminal until it was) is printed
third: "<seconds> <peak KB> <seconds to the answer>" (the peak is then read after the answer).
"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time


def read_until(fd, pid, text, seen, what):
    """Reads the terminal until TEXT appears in what it showed (SEEN so far); exits saying WHAT it waited for when
    nothing comes for a minute or the process ends first."""
    while text not in seen:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            print(f"timeout waiting for {what}", file=sys.stderr)
            os.kill(pid, 9)
            sys.exit(1)
        try:
            seen += os.read(fd, 65536)
        except OSError:
            print(f"exited before {what}:", seen.decode(errors="replace"), file=sys.stderr)
            sys.exit(1)
    return seen


def main():
    prompt = sys.argv[1].encode()
    command = sys.argv[2:]
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    # a real terminal has a size; without one JLine cannot lay the prompt out
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = read_until(fd, pid, prompt, b"", "the prompt")
    elapsed = time.monotonic() - start
    answered = None
    if os.environ.get("ANSWER"):
        line, expected = os.environ["ANSWER"].split("|", 1)
        os.write(fd, line.encode() + b"\r")
        read_until(fd, pid, expected.encode(), seen[seen.index(prompt) + len(prompt):], "the answer")
        answered = time.monotonic() - start
    peak = 0
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1])
    except OSError:
        pass
    os.write(fd, b"exit\r")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    print(f"{elapsed:.3f} {peak}" + ("" if answered is None else f" {answered:.3f}"))


if __name__ == "__main__":
    main()
