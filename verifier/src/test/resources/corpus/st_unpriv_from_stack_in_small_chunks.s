; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, from_stack_in_small_chunks()
; selftest expects: reject | invalid size
*(u64 *)(r10 - 0x8) = r10
r0 = *(u32 *)(r10 - 0x8)
r0 = 0x0
exit
