; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, load_bad_alignment_on_reg()
; selftest expects: reject | misaligned stack access off 0+-10+8 size 8
r1 = r10
r1 += -0xa
r0 = -0x5314ff4
*(u64 *)(r1 + 0x8) = r0
r0 = *(u64 *)(r1 + 0x8)
exit
