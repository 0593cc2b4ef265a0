; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_spill_fill_of_ctx()
; selftest expects: accept
r6 = r10
r6 += -0x8
*(u64 *)(r6 + 0x0) = r1
r1 = *(u64 *)(r6 + 0x0)
r0 = 0x0
exit
