; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_regalloc.c, regalloc_negative()
; selftest expects: reject | invalid access to map value, value_size=48 off=48 size=1
r6 = r1
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x8 <l0_1>
r7 = r0
call 0x7
r2 = r0
if r0 s> 0x18 goto +0x4 <l0_1>
if r2 s< 0x0 goto +0x3 <l0_1>
r7 += r0
r7 += r2
r0 = *(u8 *)(r7 + 0x0)
exit
