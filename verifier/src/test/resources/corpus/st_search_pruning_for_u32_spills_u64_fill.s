; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, for_u32_spills_u64_fill()
; selftest expects: reject | div by zero
call 0x7
r6 = r0
w7 = -0x1
r3 = 0x1
r3 = 0x1
r3 = 0x1
r3 = 0x1
call 0x7
if r0 == 0x0 goto +0x1 <l0_7>
r3 = 0x1
w3 /= 0x0
*(u32 *)(r10 - 0x4) = r6
*(u32 *)(r10 - 0x8) = r7
r8 = *(u64 *)(r10 - 0x8)
if r8 != -0x1 goto +0x1 <l1_7>
r3 = 0x1
if r8 == -0x1 goto +0x1 <l2_7>
w3 /= 0x0
r0 = 0x0
exit
