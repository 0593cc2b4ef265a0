; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds_mix_sign_unsign.c, signed_and_unsigned_variant_11()
; selftest expects: reject | unbounded min value
call 0x5
*(u64 *)(r10 - 0x10) = r0
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x9 <l0_11>
r1 = *(u64 *)(r10 - 0x10)
r2 = -0x1
if r2 >= r1 goto +0x2 <l1_11>
r0 = 0x0
exit
if r1 s> 0x1 goto +0x3 <l0_11>
r0 += r1
r1 = 0x0
*(u8 *)(r0 + 0x0) = r1
r0 = 0x0
exit
