; section: tc
; license: GPL
; map: map_hash_48b hash 8 48 1
; map: map_array_ro array 4 48 1 rdonly
; map: map_array_wo array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_array_access.c, a_read_only_array_2_2()
; selftest expects: reject | write into map forbidden
r6 = r1
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_array_ro] ll
call 0x1
if r0 == 0x0 goto +0x5 <l0_13>
r1 = r6
r2 = 0x0
r3 = r0
r4 = 0x8
call 0x1a
exit
