; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, check_corrupted_spill_fill()
; selftest expects: reject | R0 invalid mem access 'scalar'
*(u64 *)(r10 - 0x8) = r1
r0 = 0x23
*(u8 *)(r10 - 0x7) = r0
r0 = *(u64 *)(r10 - 0x8)
r0 = *(u64 *)(r0 + 0x8)
exit
