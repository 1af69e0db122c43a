#!/usr/bin/env python3
"""Lists the import cycles between the modules under src/: at the top level (`api`,
`cli`, ...) and among the children of each (`cli::client`, `sandbox::http`, ...).

An edge A -> B is any `crate::b...` path, `use crate::{b, ...}` group, or `super::b` /
`use super::{b, ...}` in a file of A. Test modules (`#[cfg(test)] mod tests`) and
comments are left out. Usage: python3 tools/import_cycles.py [SRC_DIR]; exits 1 when
a cycle is found."""
import os
import re
import sys


def module_of(root, path):
    parts = os.path.relpath(path, root)[:-3].split(os.sep)
    return parts[:-1] if parts[-1] in ("mod", "lib", "main") else parts


def targets(src, me):
    """The module paths (as lists) a file of module `me` names."""
    found = [[m.group(1), m.group(2)] for m in re.finditer(r"crate::(\w+)(?:::(\w+))?", src)]
    for group in re.finditer(r"use crate::\{([^;]*)\};", src, re.S):
        found += [[a, b or None] for a, b in re.findall(r"(\w+)(?:::(\w+))?", group.group(1))]
    if len(me) >= 2:
        parent = me[:-1]
        names = re.findall(r"\bsuper::(\w+)", src)
        for group in re.finditer(r"use super::\{([^;]*)\};", src, re.S):
            names += re.findall(r"(?:^|[{,\s])(\w+)", group.group(1))
        found += [parent + [n] for n in names]
    return [[p for p in t if p] for t in found]


def edges(root):
    graph = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith(".rs"):
                continue
            path = os.path.join(folder, name)
            src = open(path, encoding="utf-8").read()
            tests = re.search(r"#\[cfg\(test\)\]\s*mod tests", src)
            src = re.sub(r"//.*", "", src[: tests.start()] if tests else src)
            me = module_of(root, path)
            if not me:
                continue
            for target in targets(src, me):
                # Top level: a -> b. One level down, between children of one parent.
                if target[0] != me[0]:
                    graph.setdefault(me[0], set()).add(target[0])
                elif len(me) >= 2 and len(target) >= 2 and target[1] != me[1]:
                    graph.setdefault("::".join(me[:2]), set()).add("::".join(target[:2]))
    return graph


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in list(graph):
        if v not in index:
            visit(v)
    return found


def main():
    graph = edges(sys.argv[1] if len(sys.argv) > 1 else "src")
    found = cycles(graph)
    for component in found:
        print("cycle:", " <-> ".join(component))
        for module in component:
            inside = sorted(t for t in graph.get(module, ()) if t in component)
            print(f"    {module} -> {', '.join(inside)}")
    if not found:
        print("no import cycles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
