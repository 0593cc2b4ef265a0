; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, and_register_parent_chain_bug()
; selftest expects: accept
call 0x5
r6 = r0
call 0x5
if r0 > r6 goto +0x2 <l0_9>
r0 = -0x21524111
*(u64 *)(r10 - 0x8) = r0
r1 = 0x2a
*(u8 *)(r10 - 0x8) = r1
r2 = *(u64 *)(r10 - 0x8)
r0 = 0x0
exit
