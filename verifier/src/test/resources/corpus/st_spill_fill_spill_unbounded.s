; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, spill_unbounded()
; selftest expects: accept
call 0x7
*(u64 *)(r10 - 0x8) = r0
if r0 > 0x10 goto +0x3 <l0_15>
r0 = *(u64 *)(r10 - 0x8)
if r0 <= 0x10 goto +0x1 <l0_15>
r0 = *(u64 *)(r9 + 0x0)
r0 = 0x0
exit
