; section: iter/task
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_bpf_get_stack.c, return_r0_range_is_refined()
; selftest expects: accept
r6 = *(u64 *)(r1 + 0x0)
r6 = *(u64 *)(r6 + 0x0)
r7 = *(u64 *)(r1 + 0x8)
r1 = map[map_array_48b] ll
r2 = 0x0
*(u64 *)(r10 - 0x8) = r2
r2 = r10
r2 += -0x8
call 0x1
if r0 != 0x0 goto +0x2 <l0_1>
r0 = 0x0
exit
if r7 != 0x0 goto +0x2 <l1_1>
r0 = 0x0
exit
r1 = r7
r2 = r0
r9 = r0
r3 = 0x30
r4 = 0x0
call 0x8d
if r0 s> 0x0 goto +0x2 <l2_1>
r0 = 0x0
exit
r1 = r6
r2 = r9
r3 = r0
call 0x7f
r0 = 0x0
exit
