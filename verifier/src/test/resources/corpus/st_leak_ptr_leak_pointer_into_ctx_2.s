; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_leak_ptr.c, leak_pointer_into_ctx_2()
; selftest expects: reject | BPF_ATOMIC stores into R1 ctx is not allowed
r0 = 0x0
*(u64 *)(r1 + 0x30) = r0
lock *(u64 *)(r1 + 0x30) += r10
exit
