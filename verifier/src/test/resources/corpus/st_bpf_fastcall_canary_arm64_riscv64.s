; section: raw_tp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_bpf_fastcall.c, canary_arm64_riscv64()
; selftest expects: accept
r1 = 0x1
*(u64 *)(r10 - 0x10) = r1
call 0x8
r1 = *(u64 *)(r10 - 0x10)
exit
