; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_and.c, known_subreg_with_unknown_reg()
; selftest expects: accept
call 0x7
r0 <<= 0x20
r0 += 0x1
r0 &= -0xedcc
if w0 < 0x1 goto +0x1 <l0_2>
r1 = *(u32 *)(r1 + 0x200)
r0 = 0x0
exit
