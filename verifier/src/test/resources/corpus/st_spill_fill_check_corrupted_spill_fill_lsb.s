; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, check_corrupted_spill_fill_lsb()
; selftest expects: accept
*(u64 *)(r10 - 0x8) = r1
r0 = 0xcafe
*(u16 *)(r10 - 0x8) = r0
r0 = *(u64 *)(r10 - 0x8)
exit
