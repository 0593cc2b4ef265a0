; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_direct_packet_access.c, reg_pkt_end_in_subprog__1()
; selftest expects: accept
r0 = 0x0
if r3 > r2 goto +0x1 <l0_28>
r0 = 0x1
exit
