; section: tracepoint
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, check_that_printk_is_disallowed()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r1 = r10
r1 += -0x8
r2 = 0x8
r3 = r1
call 0x6
r0 = 0x0
exit
