; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, check_valid_spill_fill()
; selftest expects: accept
*(u64 *)(r10 - 0x8) = r1
r2 = *(u64 *)(r10 - 0x8)
r0 = r2
exit
