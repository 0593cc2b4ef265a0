; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, call_free_reference_in_subprog__1()
; selftest expects: accept
r2 = r1
if r2 == 0x0 goto +0x1 <l0_9>
call 0x56
exit
