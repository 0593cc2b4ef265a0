; section: tc
; license: GPL
; map: map_array_48b array 4 48 1
; from tools/testing/selftests/bpf/progs/verifier_stack_ptr.c, array_map_using_bpf_b()
; selftest expects: accept
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_array_48b] ll
call 0x1
if r0 != 0x0 goto +0x2 <l0_1>
r0 = 0x2
exit
r1 = r0
r9 = r10
r2 = -0x1
r3 = -0x1
r4 = -0x1
r5 = -0x1
r6 = -0x1
r7 = -0x1
r8 = -0x1
*(u8 *)(r1 + 0x0) = r10
r2 = *(u8 *)(r1 + 0x0)
*(u8 *)(r1 + 0x0) = r9
r3 = *(u8 *)(r1 + 0x0)
if r2 == r3 goto +0x2 <l1_1>
r0 = 0x1
exit
r0 = 0x2a
exit
