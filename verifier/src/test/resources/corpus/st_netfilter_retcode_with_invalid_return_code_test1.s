; section: netfilter
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_netfilter_retcode.c, with_invalid_return_code_test1()
; selftest expects: reject | R0 is not a known value
r0 = *(u64 *)(r1 + 0x0)
exit
