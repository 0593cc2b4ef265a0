; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_xadd.c, xadd_w_check_unaligned_map()
; selftest expects: reject | misaligned value access off
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_0>
exit
r1 = 0x1
lock *(u32 *)(r0 + 0x3) += r1
r0 = *(u32 *)(r0 + 0x3)
exit
