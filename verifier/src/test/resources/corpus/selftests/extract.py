#!/usr/bin/env python3
"""Turns Linux's verifier selftests (tools/testing/selftests/bpf/progs/verifier_*.c, built with
clang-19) into bpfj corpus programs: one ../st_<file>_<function>.s per program, with its section,
license and the test's expected verdict as comments. Programs whose instructions need relocations
(maps, subprogram calls across sections) are skipped and counted."""
import re, subprocess, sys, os

MAP_TYPES = ("unspec hash array prog_array perf_event_array percpu_hash percpu_array stack_trace cgroup_array "
             "lru_hash lru_percpu_hash lpm_trie array_of_maps hash_of_maps devmap sockmap cpumap xskmap sockhash "
             "cgroup_storage reuseport_sockarray percpu_cgroup_storage queue stack sk_storage devmap_hash "
             "struct_ops ringbuf inode_storage task_storage bloom_filter user_ringbuf cgrp_storage arena").split()


def btf_maps(obj):
    """Map definitions from the object's BTF (.maps DATASEC), as '; map:' header values."""
    dump = subprocess.run(["bpftool", "btf", "dump", "file", obj], capture_output=True, text=True).stdout
    types, cur = {}, None
    for line in dump.split("\n"):
        m = re.match(r"\[(\d+)\] (\w+) '([^']*)'(.*)", line)
        if m:
            cur = {"kind": m.group(2), "name": m.group(3), "rest": m.group(4), "members": []}
            types[int(m.group(1))] = cur
            continue
        mm = re.match(r"\s+'(\w+)' type_id=(\d+)", line)
        if mm and cur is not None:
            cur["members"].append((mm.group(1), int(mm.group(2))))
        mv = re.match(r"\s+type_id=(\d+) offset=\d+ size=\d+ \(VAR '(\w+)'\)", line)
        if mv and cur is not None:
            cur["members"].append((mv.group(2), int(mv.group(1))))

    def attr(t, key):
        m = re.search(key + r"=(-?\d+)", t["rest"])
        return int(m.group(1)) if m else None

    def size(tid):
        t = types[tid]
        k = t["kind"]
        if k in ("INT", "STRUCT", "UNION", "ENUM", "ENUM64", "FLOAT"):
            return attr(t, "size")
        if k == "PTR":
            return 8
        if k in ("TYPEDEF", "CONST", "VOLATILE", "RESTRICT", "TYPE_TAG"):
            return size(attr(t, "type_id"))
        if k == "ARRAY":
            return size(attr(t, "type_id")) * attr(t, "nr_elems")
        raise ValueError(k)

    maps = []
    for t in types.values():
        if t["kind"] != "DATASEC" or t["name"] != ".maps":
            continue
        for name, vid in t["members"]:
            st = types[attr(types[vid], "type_id")]
            f = {}
            for mname, mtid in st["members"]:
                ptr = types[mtid]
                target = attr(ptr, "type_id")
                if mname in ("type", "max_entries", "map_flags", "key_size", "value_size"):
                    f[mname] = attr(types[target], "nr_elems")
                elif mname in ("key", "value"):
                    f[mname + "_size"] = size(target)
                elif mname == "values":
                    f["values"] = True  # initial contents: loaded empty, fine for a prog array
                else:
                    f["unsupported"] = mname
            if "unsupported" in f or "type" not in f or f.get("values") and MAP_TYPES[f["type"]] != "prog_array":
                continue
            if f.get("values"):
                f.setdefault("value_size", 4)  # a prog array holds 4-byte program fds
            line = "%s %s %d %d %d" % (name, MAP_TYPES[f["type"]], f.get("key_size", 0), f.get("value_size", 0),
                                       f.get("max_entries", 0))
            if f.get("map_flags", 0) & 0x80:
                line += " rdonly"
            maps.append(line)
    return maps


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
    maps = btf_maps(obj)
    map_names = {m.split()[0] for m in maps}
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
        if reloc or cur not in expect or any(l.startswith("ld_pseudo") for l in body):
            skipped += 1
            return
        sec, verdict, msg = expect[cur]
        text = "\n".join(body)
        used = [m for m in maps if "map[%s]" % m.split()[0] in text]
        if any(m.split()[1] == "sk_storage" for m in used):
            skipped += 1  # local storage maps need BTF for their key and value, which '; map:' lines lack
            return
        name = "st_%s_%s" % (base, cur)
        with open(os.path.join(out_dir, name + ".s"), "w") as f:
            f.write("; section: %s\n; license: GPL\n" % sec)
            for m in used:
                f.write("; map: %s\n" % m)
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
            r = re.search(r"R_BPF_64_64\s+(\w+)$", line.strip())
            if r and r.group(1) in map_names and body and body[-1].endswith(" ll"):
                body[-1] = re.sub(r"=\s*\S+\s+ll$", "= map[%s] ll" % r.group(1), body[-1])
            else:
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
