; section: tracepoint
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_regalloc.c, regalloc_after_call__1()
; selftest expects: accept
r0 = 0x0
exit
