; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, context_stores_via_bpf_atomic()
; selftest expects: reject | BPF_ATOMIC stores into R1 ctx is not allowed
r0 = 0x0
lock *(u32 *)(r1 + 0x8) += r0
exit
