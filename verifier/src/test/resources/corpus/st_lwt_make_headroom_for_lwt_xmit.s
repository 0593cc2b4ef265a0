; section: lwt_xmit
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lwt.c, make_headroom_for_lwt_xmit()
; selftest expects: accept
r6 = r1
r2 = 0x22
r3 = 0x0
call 0x2b
r1 = r6
r2 = 0x2a
r3 = 0x0
call 0x2b
r0 = 0x0
exit
