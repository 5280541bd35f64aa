"""Run a command in a pseudo-terminal and drive it like a person at a keyboard.

Usage: python3 pty-run.py STEPS_JSON -- COMMAND ARGS...
STEPS_JSON is a list of ["expect", text] (wait until the output so far contains text, after what the
previous expect matched), ["send", text] (type it) and ["exists", path, true|false] (check a file, e.g.
the store's lock, while the program runs; a mismatch exits 125). Prints everything the program wrote, then exits
with the program's exit code (or 124 when an expected text never came within 20 seconds).
"""
import json
import os
import pty
import select
import sys
import time


def main():
    steps = json.loads(sys.argv[1])
    command = sys.argv[sys.argv.index("--") + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    seen = b""
    mark = 0

    def read(timeout):
        nonlocal seen
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        seen += chunk
        return True

    for kind, text, *more in steps:
        if kind == "exists":
            if os.path.exists(text) != more[0]:
                sys.stdout.write(seen.decode(errors="replace"))
                sys.stderr.write("pty-run: %s exists is %s\n" % (text, not more[0]))
                os.kill(pid, 9)
                sys.exit(125)
            continue
        if kind == "send":
            time.sleep(0.05)
            os.write(fd, text.encode())
            continue
        wanted = text.encode()
        deadline = time.time() + 20
        while seen.find(wanted, mark) == -1:
            if time.time() > deadline or not read(0.2) and seen.find(wanted, mark) == -1:
                sys.stdout.write(seen.decode(errors="replace"))
                sys.stderr.write("pty-run: never saw %r\n" % text)
                os.kill(pid, 9)
                sys.exit(124)
        mark = seen.find(wanted, mark) + len(wanted)
    deadline = time.time() + 20
    while time.time() < deadline and read(0.2):
        pass
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(seen.decode(errors="replace"))
    sys.exit(os.waitstatus_to_exitcode(status))


main()
