; section: sockops
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_var_off.c, variable_offset_stack_access_unbounded()
; selftest expects: reject | invalid unbounded variable-offset indirect access to stack R4
r2 = 0x6
r3 = 0x1c
r4 = 0x0
*(u64 *)(r10 - 0x10) = r4
r4 = 0x0
*(u64 *)(r10 - 0x8) = r4
r4 = *(u64 *)(r1 + 0xa8)
if r4 s< 0x0 goto +0x4 <l0_0>
r4 -= 0x10
r4 += r10
r5 = 0x8
call 0x39
r0 = 0x0
exit
