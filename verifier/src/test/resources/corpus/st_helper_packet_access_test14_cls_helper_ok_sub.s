; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_packet_access.c, test14_cls_helper_ok_sub()
; selftest expects: accept
r6 = *(u32 *)(r1 + 0x4c)
r7 = *(u32 *)(r1 + 0x50)
r6 += 0x1
r1 = r6
r1 += 0x7
if r1 > r7 goto +0x6 <l0_11>
r1 -= 0x4
r2 = 0x4
r3 = 0x0
r4 = 0x0
r5 = 0x0
call 0x1c
r0 = 0x0
exit
