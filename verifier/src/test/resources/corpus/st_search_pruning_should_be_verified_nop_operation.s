; section: tracepoint
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, should_be_verified_nop_operation()
; selftest expects: reject | R6 invalid mem access 'scalar'
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0xc <l0_4>
r3 = *(u64 *)(r0 + 0x0)
if r3 == 0xbeef goto +0x2 <l1_4>
r4 = 0x0
goto +0x1 <l2_4>
r4 = 0x1
*(u64 *)(r10 - 0x10) = r4
call 0x5
r5 = *(u64 *)(r10 - 0x10)
if r5 == 0x0 goto +0x3 <l0_4>
r6 = 0x0
r1 = 0xdead
*(u64 *)(r6 + 0x0) = r1
exit
