; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, spill_fill_of_ctx_3()
; selftest expects: reject | R1 type=fp expected=ctx
r6 = r10
r6 += -0x8
*(u64 *)(r6 + 0x0) = r1
*(u64 *)(r6 + 0x0) = r10
r1 = *(u64 *)(r6 + 0x0)
call 0x22
exit
