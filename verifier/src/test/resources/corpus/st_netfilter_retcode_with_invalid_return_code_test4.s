; section: netfilter
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_netfilter_retcode.c, with_invalid_return_code_test4()
; selftest expects: reject | R0 has smin=2 smax=2 should have been in [0, 1]
r0 = 0x2
exit
