; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, spill_fill_of_ctx_4()
; selftest expects: reject | R1 type=scalar expected=ctx
r6 = r10
r6 += -0x8
*(u64 *)(r6 + 0x0) = r1
r0 = 0x1
lock *(u64 *)(r10 - 0x8) += r0
r1 = *(u64 *)(r6 + 0x0)
call 0x22
exit
