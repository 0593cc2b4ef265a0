; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, size_signed_32bit_overflow_test1()
; selftest expects: reject | map_value pointer and 2147483646
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_15>
exit
r0 += 0x7ffffffe
r0 = *(u64 *)(r0 + 0x0)
goto +0x0 <l1_15>
exit
