; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, varlen_map_value_access_pruning()
; selftest expects: reject | R0 unbounded memory access
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x9 <l0_3>
r1 = *(u64 *)(r0 + 0x0)
w2 = 0xb
if r2 s> r1 goto +0x1 <l1_3>
w1 = 0x0
w1 <<= 0x2
r0 += r1
goto +0x0 <l2_3>
r1 = 0x4
*(u64 *)(r0 + 0x0) = r1
exit
