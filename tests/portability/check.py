#!/usr/bin/env python3
"""ctest portability: every source of app/ and ui/ that the Windows build compiles, checked by
Debian's MinGW-w64 cross compiler in syntax-only mode against Debian's Qt headers.

What Windows does not have fails here, outside the platform files (app/*/platform/*_posix.cpp, *_unix.cpp,
*_linux.cpp, *_mac.cpp, *_mac.mm, which only Unix builds compile):
- a header Microsoft's compiler lacks: posix-only/ puts an #error stand-in for <unistd.h>,
  <sys/socket.h>, <arpa/inet.h>, <poll.h>… ahead of MinGW's own;
- a name MinGW declares and MSVC does not (STDIN_FILENO, MSG_NOSIGNAL, sigaction…):
  msvc-missing.h poisons them;
- code under Q_OS_UNIX/Q_OS_LINUX is skipped and the Q_OS_WIN branches are compiled, so those
  must compile too; and the *_win.cpp platform files are compiled, with their module's flags.
The flags (defines, include folders, generated moc headers) are the Linux build's own, read from
its compile_commands.json; only the compiler changes. Usage:
    check.py SOURCE_DIR BUILD_DIR [-j N] [--as app/MODULE] [FILE...]
samples/ holds code it must refuse (the ctests portability_catches_*)."""
import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

COMPILER = "x86_64-w64-mingw32-g++-posix"
UNIX_ONLY = re.compile(r"_(posix|unix|linux|mac)\.(cpp|mm)$")
# Qt's private headers as Debian ships them are configured for Linux (qglobal_p.h includes
# <unistd.h>): a file that includes them cannot be judged here. Each such file is named in the
# output, never skipped silently; keep them small (app/diagnostics/ZipArchive.cpp).
QT_PRIVATE = re.compile(r"#\s*include\s*<Qt\w+/private/")
# What the top CMakeLists.txt defines for Windows builds.
WINDOWS_DEFINES = ["-D_WIN32_WINNT=0x0A00", "-DWINVER=0x0A00", "-DNOMINMAX", "-DWIN32_LEAN_AND_MEAN"]
HERE = os.path.dirname(os.path.abspath(__file__))
# Headers Debian keeps in /usr/include, which the cross compiler does not search.
SHIMS = {"httplib.h": "/usr/include/httplib.h", "openssl": "/usr/include/openssl",
         "qt6keychain": "/usr/include/qt6keychain"}
ARCH_SHIMS = {"openssl": "/usr/include/x86_64-linux-gnu/openssl"}


def shim_dirs(build):
    dirs = []
    for name, links in (("include", SHIMS), ("include-arch", ARCH_SHIMS)):
        folder = os.path.join(build, "portability", name)
        os.makedirs(folder, exist_ok=True)
        for link, target in links.items():
            path = os.path.join(folder, link)
            if not os.path.lexists(path):
                os.symlink(target, path)
        dirs.append(folder)
    return dirs


def module_of(source, path):
    """app/<module> or ui: the unit whose flags a file shares."""
    parts = os.path.relpath(path, source).split(os.sep)
    return "/".join(parts[:2]) if parts[0] == "app" else parts[0]


def cross_flags(command, extra):
    """The Linux compile command's flags, for the cross compiler, without its file and output."""
    args = shlex.split(command)[1:]
    flags, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("-o", "-c"):
            skip = True
        elif arg in ("-Werror", "-fPIC") or arg.endswith(".cpp"):
            continue
        elif arg.startswith("-DCPPHTTPLIB_") and arg.endswith("_SUPPORT"):
            continue  # Debian's cpp-httplib build (zlib, brotli, OpenSSL), whose zconf.h is Linux's
        else:
            flags.append(arg.replace("/mkspecs/linux-g++", "/mkspecs/win32-g++"))
    return ["-fsyntax-only", "-I", os.path.join(HERE, "posix-only"), "-include",
            os.path.join(HERE, "msvc-missing.h"), *WINDOWS_DEFINES] + flags + [f for d in extra for f in ("-isystem", d)]


def sources(source):
    for top in ("app", "ui"):
        for folder, _, names in os.walk(os.path.join(source, top)):
            for name in sorted(names):
                if name.endswith(".cpp") and not UNIX_ONLY.search(name):
                    yield os.path.join(folder, name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("build")
    parser.add_argument("-j", type=int, default=2)
    parser.add_argument("--as", dest="module", help="compile FILE... with this unit's flags (e.g. app/cli)")
    parser.add_argument("files", nargs="*")
    a = parser.parse_intermixed_args()
    source, build = os.path.abspath(a.source), os.path.abspath(a.build)
    if not shutil.which(COMPILER):
        print(f"portability: {COMPILER} is missing; installer/install-deps.sh installs it "
              "(Debian package g++-mingw-w64-x86-64-posix)")
        return 1
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    by_file = {os.path.abspath(e["file"]): e["command"] for e in entries}
    by_module = {}
    for path, command in by_file.items():
        if path.startswith(source + os.sep) and not path.startswith(build + os.sep):
            by_module.setdefault(module_of(source, path), command)
    extra = shim_dirs(build)
    jobs, unknown = [], []
    for path in [os.path.abspath(p) for p in a.files] or list(sources(source)):
        with open(path, encoding="utf-8", errors="replace") as f:
            if QT_PRIVATE.search(f.read()):
                print(f"portability: not checked (Qt's private headers, Linux-configured here): "
                      f"{os.path.relpath(path, source)}")
                continue
        command = by_file.get(path) or by_module.get(a.module or module_of(source, path))
        if command is None:
            unknown.append(path)
            continue
        jobs.append((path, [COMPILER] + cross_flags(command, extra) + [path]))
    for path in unknown:
        print(f"portability: no compile flags for {os.path.relpath(path, source)} (not in any target?)")

    def run(job):
        path, args = job
        r = subprocess.run(args, cwd=build, capture_output=True, text=True)
        return path, r.returncode, r.stderr

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.j) as pool:
        for path, code, err in pool.map(run, jobs):
            if code != 0:
                failed += 1
                errors = [line for line in err.splitlines() if "error" in line]
                print(f"FAIL {os.path.relpath(path, source)}\n  " + "\n  ".join(errors[:8]), flush=True)
    print(f"portability: {len(jobs) - failed} of {len(jobs)} files compile for Windows "
          f"({COMPILER} -fsyntax-only)")
    return 1 if failed or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
