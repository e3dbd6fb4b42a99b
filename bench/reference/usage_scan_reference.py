#!/usr/bin/env python3
"""The CPython-`ast` reference for the usage benchmarks: what a plain Python script costs.

It does what a researcher would write without hfmine: parse every listed file with CPython's
own parser (`ast.parse`, C code) and walk the whole tree once (`ast.walk`), collecting imports
and calls; a call counts when its callee, after the file's import aliases are undone
(`import transformers as tf`, `from transformers import AutoModel as AM`, `from m import *`),
matches one of hfmine's signature globs. The id argument is taken where the signature says
(position or keyword) when it is a string literal or a module-level string constant. A
signature with a requirement (torch.hub.load from a `huggingface/` repository) counts only when
that argument is a literal with the required prefix.

It does less than hfmine (no argparse defaults, no `self` attributes, no f-strings, no API
sequences, no snippets, no JSON output), so it is a lower bound on the work, which is what a
throughput reference should be. It has no prefilter: like PeaTMOSS's static analysis, it parses
every file. Files that CPython cannot parse (Python 2, syntax errors, NUL bytes) are counted and
skipped; hfmine's tree-sitter parser keeps what it can of them instead.

Usage: usage_scan_reference.py SIGNATURES.json FILE-LIST
  SIGNATURES.json  [{"callee": glob, "position": int|null, "keyword": str|null,
                    "require_position": int, "require_prefix": str}, ...] in catalog order (bench/run
                    usage-scan writes it from hfmine's signature catalog)
  FILE-LIST        one path per line (UTF-8)
Prints one JSON object: files, bytes, parsed, unparsable, calls, literal_ids, cpu_seconds
(user + system of this process since it started, interpreter start-up included), max_rss_kb.
"""
import ast
import json
import re
import resource
import sys


def glob_regex(glob):
    out = []
    i = 0
    while i < len(glob):
        if glob.startswith("**.", i):
            out.append(r"(?:[^.]+\.)*")
            i += 3
            continue
        c = glob[i]
        out.append(r"[^.]*" if c == "*" else re.escape(c))
        i += 1
    return re.compile("".join(out))


def dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def required(call, position, prefix):
    if prefix is None:
        return True
    if position >= len(call.args):
        return False
    argument = call.args[position]
    return isinstance(argument, ast.Constant) and isinstance(argument.value, str) and argument.value.startswith(prefix)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        signatures = [(glob_regex(s["callee"]), s.get("position"), s.get("keyword"),
                       s.get("require_position"), s.get("require_prefix")) for s in json.load(f)]
    with open(sys.argv[2], encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]

    files = parsed = unparsable = calls = literal_ids = total_bytes = 0
    for path in paths:
        files += 1
        with open(path, "rb") as f:
            data = f.read()
        total_bytes += len(data)
        try:
            tree = ast.parse(data, path)  # bytes: PEP 263 coding lines are honoured
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            unparsable += 1
            continue
        parsed += 1

        names = {}
        stars = []
        constants = {}
        candidates = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                candidates.append(node)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        names[alias.asname] = alias.name
                    else:
                        head = alias.name.split(".", 1)[0]
                        names[head] = head
            elif isinstance(node, ast.ImportFrom):
                if node.level or not node.module:
                    continue  # relative imports name the project's own modules
                for alias in node.names:
                    if alias.name == "*":
                        stars.append(node.module)
                    else:
                        names[alias.asname or alias.name] = node.module + "." + alias.name
        for statement in tree.body:
            if (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)
                    and isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str)):
                constants[statement.targets[0].id] = statement.value.value

        for call in candidates:
            name = dotted(call.func)
            if name is None:
                continue
            head, _, rest = name.partition(".")
            qualified_names = []
            if head in names:
                qualified_names.append(names[head] + ("." + rest if rest else ""))
            else:
                qualified_names.extend(module + "." + name for module in stars)
            match = None
            for qualified in qualified_names:
                for regex, position, keyword, require_position, require_prefix in signatures:
                    if regex.fullmatch(qualified) and required(call, require_position, require_prefix):
                        match = (position, keyword)
                        break
                if match:
                    break
            if not match:
                continue
            calls += 1
            position, keyword = match
            argument = None
            if keyword:
                argument = next((k.value for k in call.keywords if k.arg == keyword), None)
            if argument is None and position is not None and position < len(call.args):
                argument = call.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                literal_ids += 1
            elif isinstance(argument, ast.Name) and argument.id in constants:
                literal_ids += 1

    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({
        "files": files, "bytes": total_bytes, "parsed": parsed, "unparsable": unparsable,
        "calls": calls, "literal_ids": literal_ids,
        "cpu_seconds": usage.ru_utime + usage.ru_stime, "max_rss_kb": usage.ru_maxrss,
    }))


if __name__ == "__main__":
    main()
