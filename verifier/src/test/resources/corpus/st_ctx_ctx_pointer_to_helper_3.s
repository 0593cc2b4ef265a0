; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, ctx_pointer_to_helper_3()
; selftest expects: reject | variable ctx access var_off=(0x0; 0x4)
r3 = *(u32 *)(r1 + 0x0)
r3 &= 0x4
r1 += r3
r2 = 0x0
call 0x28
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0xac)
r0 = 0x0
exit
