; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_basic_stack.c, misaligned_read_from_stack()
; selftest expects: reject | misaligned stack access
r2 = r10
r0 = *(u64 *)(r2 - 0x4)
exit
