; section: flow_dissector
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ldsx.c, ldsx_ctx_8()
; selftest expects: reject | invalid bpf_context access
r2 = *(s32 *)(r1 + 0x50)
r0 = 0x0
exit
