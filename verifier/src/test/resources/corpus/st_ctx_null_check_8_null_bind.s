; section: cgroup/post_bind4
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ctx.c, null_check_8_null_bind()
; selftest expects: reject | R1 type=scalar expected=ctx
r1 = 0x0
call 0x2e
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0x4)
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0xc)
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0x14)
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0x44)
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0xbc)
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0xc4)
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0xcc)
r0 = 0x0
exit
r1 = *(u32 *)(r1 + 0xdc)
r0 = 0x0
exit
