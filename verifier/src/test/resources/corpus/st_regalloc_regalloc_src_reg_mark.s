; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_regalloc.c, regalloc_src_reg_mark()
; selftest expects: accept
r6 = r1
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x9 <l0_2>
r7 = r0
call 0x7
r2 = r0
if r0 s> 0x14 goto +0x5 <l0_2>
r3 = 0x0
if r3 s>= r2 goto +0x3 <l0_2>
r7 += r0
r7 += r2
r0 = *(u64 *)(r7 + 0x0)
exit
