; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, pointers_stx_ctx_and_sock()
; selftest expects: reject | type=ctx expected=sock
r8 = r1
r2 = 0x0
*(u32 *)(r10 - 0x8) = r2
*(u64 *)(r10 - 0x10) = r2
*(u64 *)(r10 - 0x18) = r2
*(u64 *)(r10 - 0x20) = r2
*(u64 *)(r10 - 0x28) = r2
*(u64 *)(r10 - 0x30) = r2
r2 = r10
r2 += -0x30
r3 = 0x24
r4 = 0x0
r5 = 0x0
call 0x54
r2 = r0
r6 = r10
r6 += -0x8
r1 = r8
if r1 == 0x0 goto +0x1 <l0_4>
*(u64 *)(r6 + 0x0) = r2
if r1 != 0x0 goto +0x1 <l1_4>
*(u64 *)(r6 + 0x0) = r1
r1 = *(u64 *)(r6 + 0x0)
r3 = 0x2a
*(u32 *)(r1 + 0x8) = r3
if r1 == 0x0 goto +0x1 <l2_4>
call 0x56
r0 = 0x0
exit
