; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, ptr_to_stack_store_load()
; selftest expects: accept
r1 = r10
r1 += -0xa
r0 = -0x5314ff4
*(u64 *)(r1 + 0x2) = r0
r0 = *(u64 *)(r1 + 0x2)
exit
