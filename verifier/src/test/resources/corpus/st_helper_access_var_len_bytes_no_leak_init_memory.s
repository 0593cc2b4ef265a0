; section: tracepoint
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, bytes_no_leak_init_memory()
; selftest expects: accept
r1 = r10
r0 = 0x0
r0 = 0x0
*(u64 *)(r10 - 0x40) = r0
*(u64 *)(r10 - 0x38) = r0
*(u64 *)(r10 - 0x30) = r0
*(u64 *)(r10 - 0x28) = r0
*(u64 *)(r10 - 0x20) = r0
*(u64 *)(r10 - 0x18) = r0
*(u64 *)(r10 - 0x10) = r0
*(u64 *)(r10 - 0x8) = r0
r1 += -0x40
r2 = 0x0
r2 &= 0x20
r2 += 0x20
r3 = 0x0
call 0x71
r1 = *(u64 *)(r10 - 0x10)
exit
