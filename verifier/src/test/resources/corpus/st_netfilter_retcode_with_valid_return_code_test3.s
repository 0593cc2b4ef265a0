; section: netfilter
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_netfilter_retcode.c, with_valid_return_code_test3()
; selftest expects: accept
r0 = 0x1
exit
