; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, reference_in_subprog_and_outside__1()
; selftest expects: reject | type=scalar expected=sock
r2 = r1
if r2 == 0x0 goto +0x1 <l0_10>
call 0x56
exit
