; section: socket
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, variable_memory_8_bytes_leak()
; selftest expects: accept
r6 = 0x0
*(u64 *)(r10 - 0x80) = r6
call 0x7
r3 = r0
r1 = map[map_ringbuf] ll
r2 = r10
r2 += -0x40
r0 = 0x0
*(u64 *)(r10 - 0x40) = r0
*(u64 *)(r10 - 0x38) = r0
*(u64 *)(r10 - 0x30) = r0
*(u64 *)(r10 - 0x28) = r0
*(u64 *)(r10 - 0x18) = r0
*(u64 *)(r10 - 0x10) = r0
*(u64 *)(r10 - 0x8) = r0
r3 &= 0x3f
r3 += 0x1
r4 = 0x0
call 0x82
r0 = 0x0
exit
