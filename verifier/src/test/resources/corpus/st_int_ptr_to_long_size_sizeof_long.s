; section: cgroup/sysctl
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_int_ptr.c, to_long_size_sizeof_long()
; selftest expects: reject | invalid indirect access to stack R4 off=-4 size=8
r7 = r10
r7 += -0x10
r0 = 0x303036
*(u64 *)(r7 + 0x0) = r0
r1 = r7
r2 = 0x4
r3 = 0x0
r7 += 0xc
*(u32 *)(r7 + 0x0) = r0
r4 = r7
call 0x6a
r0 = 0x1
exit
