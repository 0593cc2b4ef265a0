; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, mangle_pointer_on_stack_1()
; selftest expects: accept
*(u64 *)(r10 - 0x8) = r10
r0 = 0x0
*(u32 *)(r10 - 0x8) = r0
r0 = 0x0
exit
