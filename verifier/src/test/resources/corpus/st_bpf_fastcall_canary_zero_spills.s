; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, canary_zero_spills()
; selftest expects: accept
call 0x8
exit
