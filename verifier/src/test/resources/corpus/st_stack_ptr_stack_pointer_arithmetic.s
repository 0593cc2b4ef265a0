; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, stack_pointer_arithmetic()
; selftest expects: accept
r1 = 0x4
goto +0x0 <l0_0>
r7 = r10
r7 += -0xa
r7 += -0xa
r2 = r7
r2 += r1
r0 = 0x0
*(u32 *)(r2 + 0x4) = r0
r2 = r7
r2 += 0x8
r0 = 0x0
*(u32 *)(r2 + 0x4) = r0
r0 = 0x0
exit
