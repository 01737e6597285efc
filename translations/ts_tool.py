#!/usr/bin/env python3
"""Small helper for Hoist's Qt Linguist files (translations/hoist_*.ts).

  ts_tool.py status  FILE.ts...              unfinished/empty messages per file (exit 0)
  ts_tool.py check   COMMITTED_DIR FRESH_DIR  compare committed .ts files with ones lupdate just
                                             refreshed from the sources; exit 1 naming every string
                                             that is missing, vanished, unfinished, empty or has
                                             placeholders (%1, %2, …) that differ from the source
  ts_tool.py export  FILE.ts OUT.json        the unfinished messages as {"context|source": ""}
                                             (numerus messages: a list, one entry per plural form)
  ts_tool.py apply   FILE.ts IN.json         write the translations from IN.json and mark them finished
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(\d)")


def load(path):
    return ET.parse(path)


def messages(tree):
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            yield name, msg


def key(ctx, msg):
    src = msg.findtext("source") or ""
    comment = msg.findtext("comment")
    return f"{ctx}|{src}" + (f"|{comment}" if comment else "")


def forms(msg):
    tr = msg.find("translation")
    if tr is None:
        return []
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


def problems(ctx, msg):
    """Why this message is not done, or None."""
    tr = msg.find("translation")
    kind = tr.get("type") if tr is not None else "missing"
    if kind in ("obsolete", "vanished"):
        return "no longer in the sources (run translations/update.sh)"
    if kind == "unfinished":
        return "unfinished"
    fs = forms(msg)
    if not fs or any(not f.strip() for f in fs):
        return "empty translation"
    wanted = set(PLACEHOLDER.findall(msg.findtext("source") or ""))
    for f in fs:
        if set(PLACEHOLDER.findall(f)) != wanted:
            return f"placeholders differ from the source ({' '.join(sorted('%' + w for w in wanted))}): {f!r}"
    return None


def indent(elem):
    ET.indent(elem, space="    ")


def write(tree, path):
    indent(tree.getroot())
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")


def cmd_status(paths):
    for path in paths:
        tree = load(path)
        total, bad = 0, []
        for ctx, msg in messages(tree):
            total += 1
            why = problems(ctx, msg)
            if why:
                bad.append((ctx, msg.findtext("source"), why))
        lang = tree.getroot().get("language")
        print(f"{path}: {lang}: {total - len(bad)}/{total} translated")
        for ctx, src, why in bad:
            print(f"  [{why}] {ctx}: {src!r}")
    return 0


def cmd_check(committed_dir, fresh_dir):
    import glob
    import os
    failed = 0
    for fresh_path in sorted(glob.glob(os.path.join(fresh_dir, "*.ts"))):
        name = os.path.basename(fresh_path)
        committed = {key(c, m) for c, m in messages(load(os.path.join(committed_dir, name)))}
        fresh = load(fresh_path)
        lang = fresh.getroot().get("language") or ""
        plural_only = lang.startswith("en")
        seen = set()
        for ctx, msg in messages(fresh):
            k = key(ctx, msg)
            seen.add(k)
            if plural_only and msg.get("numerus") != "yes":
                continue
            if k not in committed:
                print(f"FAIL {name}: not in the committed file (run translations/update.sh): {ctx}: {msg.findtext('source')!r}")
                failed += 1
                continue
            why = problems(ctx, msg)
            if why:
                print(f"FAIL {name}: {why}: {ctx}: {msg.findtext('source')!r}")
                failed += 1
        for k in sorted(committed - seen):
            print(f"FAIL {name}: no longer in the sources (run translations/update.sh): {k}")
            failed += 1
    if failed:
        print(f"{failed} problem(s). Fix: translations/update.sh, translate what it lists, then run it with --check.")
        return 1
    print("translations complete")
    return 0


def cmd_export(path, out):
    tree = load(path)
    todo = {}
    for ctx, msg in messages(tree):
        if problems(ctx, msg):
            n = len(msg.find("translation").findall("numerusform")) if msg.get("numerus") == "yes" else 0
            todo[key(ctx, msg)] = [""] * max(n, 1) if msg.get("numerus") == "yes" else ""
    with open(out, "w", encoding="utf-8") as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print(f"{len(todo)} message(s) to translate written to {out}")
    return 0


def cmd_apply(path, table_path):
    with open(table_path, encoding="utf-8") as f:
        table = json.load(f)
    tree = load(path)
    applied = 0
    for ctx, msg in messages(tree):
        k = key(ctx, msg)
        if k not in table or table[k] in ("", [], None):
            continue
        value = table[k]
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if msg.get("numerus") == "yes":
            if isinstance(value, str):
                value = [value]
            for v in value:
                ET.SubElement(tr, "numerusform").text = v
        else:
            tr.text = value if isinstance(value, str) else value[0]
        tr.attrib.pop("type", None)
        applied += 1
    write(tree, path)
    unknown = set(table) - {key(c, m) for c, m in messages(tree)}
    for k in sorted(unknown):
        print(f"warning: not in {path}: {k}", file=sys.stderr)
    print(f"{path}: {applied} translation(s) applied")
    return 0


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    cmd, args = argv[1], argv[2:]
    if cmd == "status":
        return cmd_status(args)
    if cmd == "check" and len(args) == 2:
        return cmd_check(*args)
    if cmd == "export" and len(args) == 2:
        return cmd_export(*args)
    if cmd == "apply" and len(args) == 2:
        return cmd_apply(*args)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
