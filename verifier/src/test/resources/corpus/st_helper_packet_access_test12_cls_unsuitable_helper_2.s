; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_packet_access.c, test12_cls_unsuitable_helper_2()
; selftest expects: reject | helper access to the packet
r6 = *(u32 *)(r1 + 0x4c)
r7 = *(u32 *)(r1 + 0x50)
r3 = r6
r6 += 0x8
if r6 > r7 goto +0x3 <l0_9>
r2 = 0x0
r4 = 0x4
call 0x1a
r0 = 0x0
exit
