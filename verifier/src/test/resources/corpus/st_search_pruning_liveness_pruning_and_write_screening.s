; section: lwt_in
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_search_pruning.c, liveness_pruning_and_write_screening()
; selftest expects: reject | R0 !read_ok
r2 = *(u32 *)(r1 + 0x0)
if r2 >= 0x0 goto +0x1 <l0_2>
r0 = 0x0
if r2 >= 0x0 goto +0x1 <l1_2>
r0 = 0x0
exit
