; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; map: map_hash_16b hash 8 16 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_value_access.c, via_variable_no_max_check_2()
; selftest expects: reject | R2 unbounded memory access, make sure to bounds check any such access
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_16b] ll
call 0x1
if r0 == 0x0 goto +0x6 <l0_43>
r2 = r0
r3 = *(u32 *)(r0 + 0x0)
r2 += r3
r1 = map[map_hash_16b] ll
call 0x1
exit
