; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_bpf_get_stack.c, stack_return_r0_within_range()
; selftest expects: accept
r6 = r1
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x1c <l0_0>
r7 = r0
r9 = 0x18
r1 = r6
r2 = r7
r3 = 0x18
r4 = 0x100
call 0x43
r1 = 0x0
r8 = r0
r8 <<= 0x20
r8 s>>= 0x20
if r1 s> r8 goto +0x10 <l0_0>
r9 -= r8
r2 = r7
r2 += r8
r1 = r9
r1 <<= 0x20
r1 s>>= 0x20
r3 = r2
r3 += r1
r1 = r7
r5 = 0x18
r1 += r5
if r3 >= r1 goto +0x4 <l0_0>
r1 = r6
r3 = r9
r4 = 0x0
call 0x43
exit
