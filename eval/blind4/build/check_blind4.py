"""Author's QA helper (not part of the build): word counts of the rendered files, Flesch reading ease
of sections A and E from the plan source, NHS checks, and a determinism check (build twice, compare).

Usage: python eval/blind4/build/check_blind4.py [--determinism]
"""
import hashlib
import os
import subprocess
import sys
import zipfile
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)



def block_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h"):
            out.append(b[1])
        elif b[0] in ("b", "n"):
            out += list(b[1])
        elif b[0] == "t":
            out += [c for r in b[1] for c in r]
        elif b[0] == "kv":
            out += [c for r in b[1] for c in r]
    return "\n".join(out)


def _syll(word):
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    groups = re.findall(r"[aeiouy]+", w)
    n = len(groups)
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1
    if w.endswith("ed") and not w.endswith(("ted", "ded")) and n > 1:
        n -= 1
    return max(1, n)


def flesch(text):
    """Flesch reading ease with a simple vowel-group syllable count (approximate)."""
    sents = [s for s in re.split(r"[.!?:;\n]+", text) if re.search(r"[A-Za-z]", s)]
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not words or not sents:
        return -1.0
    syl = sum(_syll(w) for w in words)
    return 206.835 - 1.015 * len(words) / len(sents) - 84.6 * syl / len(words)


def file_text(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path)
        xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", " ", xml)
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    return open(path, encoding="utf-8").read()


def main():
    import build_blind4
    for fn in build_blind4.PLANS:
        layout, plan, meta, lab = fn()
        path = os.path.join(OUT, meta["file"])
        words = len(file_text(path).split()) if os.path.exists(path) else -1
        src = len(block_text(plan["cover"] + [b for _, _, bl in plan["sections"] for b in bl] + plan["tail"]).split())
        secs = {c: b for c, _, b in plan["sections"]}
        a = block_text(secs.get("A", []))
        e = block_text(secs.get("E", []))
        print("%-34s words=%5d src=%5d FRE(A)=%5.1f FRE(E)=%5.1f  %s" % (
            meta["file"], words, src, flesch(a) if a else -1,
            flesch(e) if e else -1,
            " ".join("%s=%s" % (k[:4], v) for k, v in lab.items())))
    if "--determinism" in sys.argv:
        def digest():
            return {f: hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
                    for f in sorted(os.listdir(OUT)) if os.path.isfile(os.path.join(OUT, f))}
        subprocess.run([sys.executable, os.path.join(HERE, "build_blind4.py")], check=True)
        d1 = digest()
        subprocess.run([sys.executable, os.path.join(HERE, "build_blind4.py")], check=True)
        d2 = digest()
        print("deterministic:", d1 == d2, len(d1), "files")


if __name__ == "__main__":
    main()
