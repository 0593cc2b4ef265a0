#!/usr/bin/env python3
"""Turns Linux's verifier selftests (tools/testing/selftests/bpf/progs/verifier_*.c, built with
clang-19) into bpfj corpus programs: one ../st_<file>_<function>.s per program, with its section,
license and the test's expected verdict as comments. Programs whose instructions need relocations
(maps, subprogram calls across sections) are skipped and counted."""
import re, subprocess, sys, os

def main(obj, src, out_dir):
    base = os.path.basename(src)[:-2].replace("verifier_", "")
    text = open(src).read()
    # expected verdicts from the __success/__failure/__msg annotations, per function
    expect = {}
    for m in re.finditer(r'\n(?:__naked\s+)?(?:void|int)\s+(\w+)\(', text):
        fn = m.group(1)
        head = text[:m.start()]
        secs = list(re.finditer(r'SEC\("([^"]+)"\)', head))
        if not secs or secs[-1].group(1) == ".maps":
            continue
        sec = secs[-1].group(1).lstrip("?")
        ann = head[secs[-1].end():]
        verdict = "reject" if re.search(r'__failure\b(?!_)', ann) else "accept"
        msg = re.findall(r'__msg\("((?:[^"\\]|\\.)*)"\)', ann)
        expect[fn] = (sec, verdict, msg)
    dis = subprocess.run(["llvm-objdump-19", "-d", "-r", "--no-show-raw-insn", obj], capture_output=True,
                         text=True, check=True).stdout
    written = skipped = 0
    cur = None
    body = []
    reloc = False
    section = None
    def flush():
        nonlocal written, skipped
        if cur is None:
            return
        if reloc or cur not in expect:
            skipped += 1
            return
        sec, verdict, msg = expect[cur]
        name = "st_%s_%s" % (base, cur)
        with open(os.path.join(out_dir, name + ".s"), "w") as f:
            f.write("; section: %s\n; license: GPL\n" % sec)
            f.write("; from tools/testing/selftests/bpf/progs/%s, %s()\n" % (os.path.basename(src), cur))
            f.write("; selftest expects: %s%s\n" % (verdict, "".join(" | " + x for x in msg)))
            f.write("\n".join(body) + "\n")
        written += 1
    for line in dis.split("\n"):
        ms = re.match(r"Disassembly of section (\S+):", line)
        if ms:
            section = ms.group(1)
            continue
        mf = re.match(r"[0-9a-f]+ <(\w+)>:", line)
        if mf and (mf.group(1) in expect or cur is None):
            flush()
            cur, body, reloc = mf.group(1), [], False
            continue
        if "R_BPF" in line:
            reloc = True
            continue
        mi = re.match(r"\s*\d+:\s+(.*)$", line)
        if mi and cur is not None:
            body.append(mi.group(1).strip())
    flush()
    print("%s: %d programs written, %d skipped (relocations or not a test)" % (base, written, skipped),
          file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
