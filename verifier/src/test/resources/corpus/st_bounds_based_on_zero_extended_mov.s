; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, based_on_zero_extended_mov()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x4 <l0_3>
w2 = -0x1
r2 >>= 0x20
r0 += r2
r0 = *(u8 *)(r0 + 0x0)
r0 = 0x0
exit
