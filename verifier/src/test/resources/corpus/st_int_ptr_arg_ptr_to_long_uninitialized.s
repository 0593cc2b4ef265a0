; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_int_ptr.c, arg_ptr_to_long_uninitialized()
; selftest expects: accept
r7 = r10
r7 += -0x8
r0 = 0x303036
*(u64 *)(r7 + 0x0) = r0
r1 = r7
r2 = 0x4
r3 = 0x0
r7 += -0x8
r4 = r7
call 0x6a
r0 = 0x1
exit
