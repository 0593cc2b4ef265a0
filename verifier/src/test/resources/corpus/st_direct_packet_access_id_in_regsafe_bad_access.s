; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, id_in_regsafe_bad_access()
; selftest expects: reject | invalid access to packet, off=0 size=1, R2
r9 = r1
call 0x5
r7 = r0
call 0x5
r6 = r0
r2 = *(u32 *)(r9 + 0x4c)
r3 = *(u32 *)(r9 + 0x4c)
r4 = *(u32 *)(r9 + 0x50)
if r6 > 0x64 goto +0x9 <l0_29>
if r7 > 0x64 goto +0x8 <l0_29>
r2 += r6
r2 += 0x1
r3 += r7
r3 += 0x1
if r6 != r7 goto +0x1 <l1_29>
r2 = r3
if r3 > r4 goto +0x1 <l0_29>
r5 = *(u8 *)(r2 - 0x1)
r0 = 0x0
exit
