; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_write_into_frame_pointer()
; selftest expects: reject | frame pointer is read only
r10 = r1
r0 = 0x0
exit
