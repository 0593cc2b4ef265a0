; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_raw_stack.c, skb_load_bytes_no_init()
; selftest expects: accept
r2 = 0x4
r6 = r10
r6 += -0x8
r3 = r6
r4 = 0x8
call 0x1a
r0 = *(u64 *)(r6 + 0x0)
exit
