; section: flow_dissector
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ldsx.c, ldsx_ctx_7()
; selftest expects: reject | invalid bpf_context access
r2 = *(s32 *)(r1 + 0x4c)
r0 = 0x0
exit
