; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_leak_ptr.c, leak_pointer_into_ctx_1()
; selftest expects: reject | BPF_ATOMIC stores into R1 ctx is not allowed
r0 = 0x0
*(u64 *)(r1 + 0x30) = r0
r2 = map[map_hash_8b] ll
lock *(u64 *)(r1 + 0x30) += r2
exit
