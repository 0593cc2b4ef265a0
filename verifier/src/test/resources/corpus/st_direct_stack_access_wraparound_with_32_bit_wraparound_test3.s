; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_stack_access_wraparound.c, with_32_bit_wraparound_test3()
; selftest expects: reject | fp pointer offset 1073741822
r1 = r10
r1 += 0x1fffffff
r1 += 0x1fffffff
w0 = 0x0
*(u8 *)(r1 + 0x0) = r0
exit
