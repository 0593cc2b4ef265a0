; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, load_out_of_bounds_high()
; selftest expects: reject | invalid write to stack R1 off=0 size=8
r1 = r10
r1 += -0x8
r0 = -0x5314ff4
*(u64 *)(r1 + 0x8) = r0
r0 = *(u64 *)(r1 + 0x8)
exit
