; section: lwt_in
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lwt.c, not_permitted_for_lwt_prog()
; selftest expects: reject | invalid bpf_context access
r0 = 0x0
r0 = *(u16 *)(r1 + 0x48)
exit
