; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_basic_stack.c, uninitialized_stack2()
; selftest expects: accept | stack depth 8
r2 = r10
r0 = *(u64 *)(r2 - 0x8)
exit
