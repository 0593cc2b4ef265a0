; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, for_wa_0_wb_wa()
; selftest expects: accept
r8 = *(u32 *)(r1 + 0x50)
r7 = *(u32 *)(r1 + 0x4c)
w9 = 0x0
w2 = w9
r6 = r7
r6 += r2
r3 = r6
r3 += 0x8
if r3 > r8 goto +0x1 <l0_21>
r5 = *(u32 *)(r6 + 0x0)
r0 = 0x0
exit
