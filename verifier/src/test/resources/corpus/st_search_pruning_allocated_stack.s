; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, allocated_stack()
; selftest expects: accept | processed 15 insns
r6 = r1
call 0x7
r7 = r0
if r0 == 0x0 goto +0x5 <l0_8>
r0 = 0x0
*(u64 *)(r10 - 0x8) = r6
r6 = *(u64 *)(r10 - 0x8)
*(u8 *)(r10 - 0x9) = r7
r7 = *(u8 *)(r10 - 0x9)
if r0 != 0x0 goto +0x0 <l1_8>
if r0 != 0x0 goto +0x0 <l2_8>
if r0 != 0x0 goto +0x0 <l3_8>
if r0 != 0x0 goto +0x0 <l4_8>
exit
