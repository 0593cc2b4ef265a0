; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_map_ret_val.c, check_return_value_before_access()
; selftest expects: reject | R0 invalid mem access 'map_value_or_null'
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
r1 = 0x0
*(u64 *)(r0 + 0x0) = r1
exit
