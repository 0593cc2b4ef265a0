; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_raw_stack.c, stack_no_skb_load_bytes()
; selftest expects: accept
r2 = 0x4
r6 = r10
r6 += -0x8
r3 = r6
r4 = 0x8
r0 = *(u64 *)(r6 + 0x0)
exit
