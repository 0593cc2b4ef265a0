; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, uninit_u32_from_the_stack()
; selftest expects: accept
w4 = 0x14
*(u32 *)(r10 - 0x8) = r4
r4 = *(u32 *)(r10 - 0x4)
r0 = 0x0
exit
