; section: fentry/dentry_open
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_d_path.c, d_path_accept()
; selftest expects: accept
r1 = *(u64 *)(r1 + 0x0)
r2 = r10
r2 += -0x8
r6 = 0x0
*(u64 *)(r2 + 0x0) = r6
r3 = 0x8 ll
call 0x93
r0 = 0x0
exit
