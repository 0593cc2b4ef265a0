; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, alu32_mov_u32_const()
; selftest expects: accept
w7 = 0x0
w7 &= 0x1
w0 = w7
if r0 == 0x0 goto +0x1 <l0_9>
r0 = *(u64 *)(r7 + 0x0)
exit
