; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_scalar_ids.c, ignore_unique_scalar_ids_cur()
; selftest expects: accept | 6: (25) if r6 > 0x7 goto pc+1 | 7: (57) r1 &= 255 | 8: (bf) r2 = r10 | from 6 to 8: safe | processed 12 insns
call 0x5
r6 = r0
call 0x5
r0 &= 0xff
r1 = r0
r0 = 0x0
if r6 > 0x7 goto +0x1 <l0_4>
r1 &= 0xff
r2 = r10
r2 += r1
exit
