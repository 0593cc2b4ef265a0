; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_raw_stack.c, load_bytes_invalid_access_1()
; selftest expects: reject | invalid indirect access to stack R3 off=-513 size=8
r2 = 0x4
r6 = r10
r6 += -0x201
r3 = r6
r4 = 0x8
call 0x1a
r0 = *(u64 *)(r6 + 0x0)
exit
