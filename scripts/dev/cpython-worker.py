#!/usr/bin/env python3
"""A long-lived python3 that parses files on request, for scripts/parity.mjs and scripts/bench-parse.mjs.

Reads one JSON request per line on stdin and answers each with one JSON line on stdout:
  {"dump": PATH}              -> {"dump": TEXT} or {"error": {"type", "msg", "lineno"}}
       TEXT is ast_compare.comparable_dump(tree).
  {"syntax_error": PATH}      -> {"valid": true}, or {"stderr": TEXT}: what `python3 PATH` prints
       when the parser rejects the file (it is never run otherwise).
  {"bench": [PATHS], "repeat": R} -> {"seconds": S, "lines": L, "files": F}
       the best of R timings of ast.parse over the files it can parse (sources read beforehand).
  Anything else going wrong answers {"failure": TEXT}.
"""
import ast
import json
import subprocess
import sys
import time

from ast_compare import comparable_dump


def dump_file(path):
    with open(path, "rb") as source_file:
        source = source_file.read()
    try:
        tree = ast.parse(source, filename=path)
    except (SyntaxError, ValueError) as error:
        lineno = getattr(error, "lineno", None) or 0
        return {"error": {"type": type(error).__name__, "msg": str(getattr(error, "msg", error)), "lineno": lineno}}
    return {"dump": comparable_dump(tree)}


def syntax_error_report(path):
    with open(path, "rb") as source_file:
        source = source_file.read()
    try:
        ast.parse(source, filename=path)
    except (SyntaxError, ValueError):
        # Running the rejected file shows the report exactly as python3 prints it for a script.
        run = subprocess.run([sys.executable, "-I", path], capture_output=True)
        return {"stderr": run.stderr.decode("utf-8", "replace")}
    return {"valid": True}


def bench(paths, repeat):
    sources = []
    lines = 0
    for path in paths:
        with open(path, "rb") as source_file:
            source = source_file.read()
        try:
            ast.parse(source)
        except (SyntaxError, ValueError):
            continue
        sources.append(source)
        lines += len(source.splitlines())
    best = None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        for source in sources:
            ast.parse(source)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return {"seconds": best, "lines": lines, "files": len(sources)}


def main():
    sys.setrecursionlimit(100000)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            if "dump" in request:
                answer = dump_file(request["dump"])
            elif "syntax_error" in request:
                answer = syntax_error_report(request["syntax_error"])
            else:
                answer = bench(request["bench"], request.get("repeat", 1))
        except Exception as error:  # one bad file must not stop the worker
            answer = {"failure": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
