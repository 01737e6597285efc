#!/usr/bin/env python3
"""ctest code_shape: no source file of app/ or ui/ over 600 lines, no function over 80.

A function is what clang-format (.clang-format: braces after functions on their own line) puts
between a "{" and a "}" alone at the start of a line; lambdas count towards their function.
Usage: code-shape.py REPO"""
import os
import sys

MAX_FILE, MAX_FUNCTION = 600, 80


def findings(root):
    for top in ("app", "ui"):
        for folder, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, root)
                with open(path, encoding="utf-8") as f:
                    lines = f.read().split("\n")
                if len(lines) > MAX_FILE:
                    yield f"{rel}: {len(lines)} lines (at most {MAX_FILE})"
                start = None
                for number, line in enumerate(lines):
                    if line == "{":
                        start = number
                    elif line == "}" and start is not None:
                        length = number - start - 1
                        if length > MAX_FUNCTION:
                            head = lines[start - 1].strip()
                            yield f"{rel}:{start}: {head} is {length} lines (at most {MAX_FUNCTION})"
                        start = None


def main():
    problems = list(findings(sys.argv[1]))
    for p in problems:
        print(p)
    print(f"{len(problems)} file(s) or function(s) too long")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
