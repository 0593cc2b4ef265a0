; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_packet_access.c, test11_cls_unsuitable_helper_1()
; selftest expects: reject | helper access to the packet
r6 = *(u32 *)(r1 + 0x4c)
r7 = *(u32 *)(r1 + 0x50)
r6 += 0x1
r3 = r6
r3 += 0x7
if r3 > r7 goto +0x4 <l0_8>
r2 = 0x0
r4 = 0x2a
r5 = 0x0
call 0x9
r0 = 0x0
exit
