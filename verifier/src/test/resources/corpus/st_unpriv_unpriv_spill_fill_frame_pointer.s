; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_spill_fill_frame_pointer()
; selftest expects: reject | frame pointer is read only
r6 = r10
r6 += -0x8
*(u64 *)(r6 + 0x0) = r10
r10 = *(u64 *)(r6 + 0x0)
r0 = 0x0
exit
