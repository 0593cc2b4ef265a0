; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; map: map_hash_16b hash 8 16 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_value_access.c, using_s_good_access_2_2()
; selftest expects: accept
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x4 <l0_31>
r1 = r0
r3 = *(u32 *)(r0 + 0x0)
if r3 s<= 0x20 goto +0x2 <l1_31>
r0 = 0x0
exit
if r3 s<= -0x3 goto -0x3 <l2_31>
r1 += r3
r0 = 0x0
*(u8 *)(r1 + 0x0) = r0
r0 = 0x0
exit
