; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, tracking_direct_access_for_lookup()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x40
if r0 > r3 goto +0x9 <l0_27>
r3 = 0x24
r4 = 0x0
r5 = 0x0
call 0x54
r6 = r0
if r0 == 0x0 goto +0x3 <l0_27>
r2 = *(u32 *)(r0 + 0x4)
r1 = r6
call 0x56
exit
