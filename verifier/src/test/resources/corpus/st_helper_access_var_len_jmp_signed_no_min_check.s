; section: tracepoint
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, jmp_signed_no_min_check()
; selftest expects: reject | R2 min value is negative
r2 = *(u64 *)(r1 + 0x8)
r1 = r10
r1 += -0x40
*(u64 *)(r1 - 0x80) = r2
r2 = *(u64 *)(r1 - 0x80)
if r2 s> 0x40 goto +0x3 <l0_8>
r3 = 0x0
call 0x71
r0 = 0x0
exit
