; section: tracepoint
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, bitwise_and_jmp_correct_bounds()
; selftest expects: accept
r1 = r10
r1 += -0x40
r0 = 0x0
*(u64 *)(r10 - 0x40) = r0
*(u64 *)(r10 - 0x38) = r0
*(u64 *)(r10 - 0x30) = r0
*(u64 *)(r10 - 0x28) = r0
*(u64 *)(r10 - 0x20) = r0
*(u64 *)(r10 - 0x18) = r0
*(u64 *)(r10 - 0x10) = r0
*(u64 *)(r10 - 0x8) = r0
r2 = 0x10
*(u64 *)(r1 - 0x80) = r2
r2 = *(u64 *)(r1 - 0x80)
r2 &= 0x40
r4 = 0x0
if r4 >= r2 goto +0x2 <l0_0>
r3 = 0x0
call 0x71
r0 = 0x0
exit
