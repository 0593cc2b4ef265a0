; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, make_ptr_to_ctx_unusable()
; selftest expects: reject | dereference of modified ctx ptr
r1 += 0x44
r0 = *(u32 *)(r1 + 0x8)
exit
