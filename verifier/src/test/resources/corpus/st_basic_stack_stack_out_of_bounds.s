; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_basic_stack.c, stack_out_of_bounds()
; selftest expects: reject | invalid write to stack
r1 = 0x0
*(u64 *)(r10 + 0x8) = r1
exit
