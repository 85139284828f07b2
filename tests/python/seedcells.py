"""Extract the code cells of the seed notebooks (shared/seeds/*.txt).

The seeds are notebook exports: a cell starts with a line ``In [n]:`` and its code
runs until a blank line that is followed by something that is not code (the
cell's printed output, or prose). Code cells in these notebooks contain blank
lines between statements, so a following blank-separated block still belongs
to the code when its first line looks like a Python statement and the code so
far plus the block still compiles.
"""

import os
import re

_IN = re.compile(r"^In \[[^\]]*\]:\s*$")
_LABEL = re.compile(r"^Code\s*(\d+)\s*$")
_CODE_START = re.compile(
    r"^(#|@|def |class |for |while |if |with |import |from |return |print\(|"
    r"[A-Za-z_][A-Za-z_0-9]*(\.[A-Za-z_][A-Za-z_0-9]*)*"
    r"(\s*(,\s*[A-Za-z_][A-Za-z_0-9]*\s*)*=[^=]|\s*\[.*\]\s*=[^=]|\([^)]*\)\s*$|\.[A-Za-z_]\w*\(.*\)\s*$))")
_OUTPUT_START = re.compile(r"^(tensor\(|torch\.|<|\(|True|False|[A-Za-z]+Error:)")


def seeds_dir():
    """shared/seeds next to the repository (CI layout), or $NATIVEGRAD_SEEDS."""
    env = os.environ.get("NATIVEGRAD_SEEDS")
    if env:
        return env
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    for cand in (os.path.join(os.path.dirname(repo), "shared", "seeds"),
                 os.path.join(repo, "shared", "seeds"),
                 "/work/shared/seeds"):
        if os.path.isdir(cand):
            return cand
    return None


def seed_file(prefix):
    d = seeds_dir()
    if d is None:
        return None
    for name in sorted(os.listdir(d)):
        if name.startswith(prefix + "_") and name.endswith(".txt"):
            return os.path.join(d, name)
    return None


def _looks_like_code(block, code_so_far):
    first = block[0]
    if first.startswith("##"):  # a markdown heading, not a comment
        return False
    indented = first[:1] in (" ", "\t")
    if not indented and (_OUTPUT_START.match(first) or not _CODE_START.match(first)):
        return False
    try:
        compile("\n".join(code_so_far + [""] + block) + "\n", "<cell>", "exec")
    except SyntaxError:
        return False
    return True


def parse_cells(path):
    """Returns a list of dicts: {label, in_label, section, code} in notebook order.

    ``label`` is the nearest preceding ``Code N`` marker (seed 001) or None;
    ``section`` is the nearest preceding ``## N.`` heading number (seed 000) or None.
    """
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    # section number / "Code N" label in force at each line
    sections = []
    labels = []
    section = None
    label = None
    for line in lines:
        m = re.match(r"^##\s+(\d+)\.", line)
        if m:
            section = int(m.group(1))
        m = _LABEL.match(line.strip())
        if m:
            label = "Code%s" % m.group(1)
        elif line.startswith("#") and "Tutorial" in line:
            label = None  # seed 001: the tutorial part after Code 13 has no "Code N" labels
        sections.append(section)
        labels.append(label)
    cells = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if _IN.match(line.strip()):
            section, label = sections[i], labels[i]
            in_label = line.strip()
            i += 1
            # split the rest (until the next In [..]: / Code N) into blank-separated blocks
            blocks = []
            cur = []
            while i < n and not _IN.match(lines[i].strip()) and not _LABEL.match(lines[i].strip()):
                if lines[i].strip() == "":
                    if cur:
                        blocks.append(cur)
                        cur = []
                else:
                    cur.append(lines[i])
                i += 1
            if cur:
                blocks.append(cur)
            code = []
            for k, b in enumerate(blocks):
                if k == 0 or _looks_like_code(b, code):
                    if k:
                        code.append("")
                    code.extend(b)
                else:
                    break
            cells.append({"label": label, "in_label": in_label, "section": section,
                          "code": "\n".join(code) + "\n"})
            continue
        i += 1
    return cells
