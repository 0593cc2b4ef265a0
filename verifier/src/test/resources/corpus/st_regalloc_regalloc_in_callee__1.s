; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_regalloc.c, regalloc_in_callee__1()
; selftest expects: accept
if r1 s> 0x14 goto +0x5 <l0_9>
if r2 s< 0x0 goto +0x4 <l0_9>
r3 += r1
r3 += r2
r0 = *(u64 *)(r3 + 0x0)
exit
r0 = 0x0
exit
