; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds_mix_sign_unsign.c, signed_and_unsigned_variant_6()
; selftest expects: reject | R4 min value is negative, either use unsigned
r9 = r1
call 0x5
*(u64 *)(r10 - 0x10) = r0
r1 = r9
r2 = 0x0
r3 = r10
r3 += -0x200
r4 = *(u64 *)(r10 - 0x10)
r6 = -0x1
if r4 > r6 goto +0x6 <l0_6>
if r4 s> 0x1 goto +0x5 <l0_6>
r4 += 0x1
r5 = 0x0
r6 = 0x0
*(u16 *)(r10 - 0x200) = r6
call 0x1a
r0 = 0x0
exit
