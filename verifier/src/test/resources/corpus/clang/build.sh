#!/bin/sh
# Rebuilds the clang-built corpus programs: compiles each C file with clang-19 (the .o is kept for
# loading with libbpf/bpftool) and converts its disassembly to bpfj assembly (../c_*.s), turning
# map relocations into `map[name]` loads and `// map:` comments into `; map:` headers.
set -eu
cd "$(dirname "$0")"
for c in c_*.c; do
    name=${c%.c}
    clang-19 -O2 -g -target bpf -mcpu=v3 -I/usr/include/x86_64-linux-gnu -c "$c" -o "$name.o"
    {
        echo "; section: xdp"
        echo "; license: $(grep -o 'SEC("license") = "[^"]*"' "$c" | sed 's/.*= "\(.*\)"/\1/')"
        grep '^// map:' "$c" | sed 's#^// map:#; map:#'
        echo "; built by clang/build.sh from clang/$c"
        llvm-objdump-19 -d -r --no-show-raw-insn --section=xdp "$name.o" | python3 -c '
import re, sys
lines = sys.stdin.read().split("\n")
out = []
i = 0
while i < len(lines):
    l = lines[i]
    m = re.match(r"\s*(\d+):\s+(.*)$", l)
    if m:
        text = m.group(2).strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        r = re.search(r"R_BPF_64_64\s+(\S+)", nxt)
        if r and text.endswith(" ll"):
            text = re.sub(r"=\s*\S+\s+ll$", "= map[%s] ll" % r.group(1), text)
            i += 1
        out.append(text)
    i += 1
print("\n".join(out))
'
    } > "../$name.s"
done
