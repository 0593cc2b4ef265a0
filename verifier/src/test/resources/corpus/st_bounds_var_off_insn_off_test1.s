; section: tc
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, var_off_insn_off_test1()
; selftest expects: reject | value_size=8 off=1073741825
r6 = *(u32 *)(r1 + 0x8)
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x4 <l0_6>
r6 &= 0x1
r6 += 0x1fffffff
r0 += r6
r0 += 0x1fffffff
r0 = *(u8 *)(r0 + 0x3)
r0 = 0x0
exit
