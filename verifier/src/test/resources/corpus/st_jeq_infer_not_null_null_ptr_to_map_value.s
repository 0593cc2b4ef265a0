; section: xdp
; license: GPL
; map: map_xskmap xskmap 4 4 1
; from tools/testing/selftests/bpf/progs/verifier_jeq_infer_not_null.c, null_ptr_to_map_value()
; selftest expects: accept
r1 = 0x0
*(u32 *)(r10 - 0x8) = r1
r9 = r10
r9 += -0x8
r8 = map[map_xskmap] ll
r1 = r8
r2 = r9
call 0x1
r6 = r0
r1 = r8
r2 = r9
call 0x1
r7 = r0
if r6 == 0x0 goto +0x2 <l0_4>
if r6 != r7 goto +0x1 <l0_4>
r0 = *(u32 *)(r7 + 0x0)
r0 = 0x0
exit
