; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lwt.c, tc_classid_for_lwt_out()
; selftest expects: reject | invalid bpf_context access
r0 = *(u32 *)(r1 + 0x48)
exit
