; section: kprobe
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, short_loop1()
; selftest expects: reject | BPF program is too large.
r7 = *(u16 *)(r1 + 0x0)
r7 += 0x1ab064b9
if r7 & 0x702000 goto -0x2 <short_loop1+0x8>
r7 &= 0x1ee60e
r7 += r1
if r7 s> 0x37d2 goto +0x0 <short_loop1+0x30>
r0 = 0x0
exit
