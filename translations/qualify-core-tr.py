#!/usr/bin/env python3
"""Makes core's texts visible to lupdate under the context they are looked up with.

A core .cpp file translates through a local helper,
    QString tr(const char* s) { return QCoreApplication::translate("symbolon::<area>", s); }
lupdate files a bare tr("…") inside a member function under the class (symbolon::<area>::Class),
where no translation is ever looked up. Calling the helper qualified, <area>::tr("…"), files it
under "symbolon::<area>". This script rewrites the bare calls of every core file that has such a
helper (run it from the repository root, then clang-format the files it names). Plurals go
through tr(s, nullptr, n) with a helper taking (s, disambiguation, n).
tests/ui/test_translations (cataloguesAreInStepWithTheSources) fails while a text is misfiled.
"""
import pathlib
import re

for path in sorted(pathlib.Path("core").rglob("*.cpp")):
    text = path.read_text()
    if "QString tr(const char" not in text:
        continue
    m = re.search(r'translate\("symbolon::([a-z]+)"', text)
    assert m, f"{path}: helper without a symbolon::<area> context"
    area = m.group(1)
    out, changed = [], 0
    for line in text.split("\n"):
        if "QString tr(const char" in line:
            out.append(line)
            continue
        new, n = re.subn(r"(?<![\w:.>])tr\(", area + "::tr(", line)
        changed += n
        out.append(new)
    if changed:
        path.write_text("\n".join(out))
        print(f"{path}: {changed} call(s) qualified as {area}::tr")
