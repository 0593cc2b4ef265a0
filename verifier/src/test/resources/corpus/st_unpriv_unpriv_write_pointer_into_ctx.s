; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, unpriv_write_pointer_into_ctx()
; selftest expects: reject | invalid bpf_context access
*(u64 *)(r1 + 0x0) = r1
r0 = 0x0
exit
