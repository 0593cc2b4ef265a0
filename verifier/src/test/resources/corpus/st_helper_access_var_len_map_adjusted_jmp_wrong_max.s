; section: tracepoint
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, map_adjusted_jmp_wrong_max()
; selftest expects: reject | R1 min value is outside of the allowed memory range
r6 = *(u64 *)(r1 + 0x8)
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0xb <l0_12>
r1 = r0
r1 += 0x14
r2 = r6
*(u64 *)(r10 - 0x80) = r2
r2 = *(u64 *)(r10 - 0x80)
if r2 s> 0x1d goto +0x4 <l1_12>
r4 = 0x0
if r4 s>= r2 goto +0x2 <l1_12>
r3 = 0x0
call 0x71
r0 = 0x0
exit
