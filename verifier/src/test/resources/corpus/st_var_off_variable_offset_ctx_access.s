; section: lwt_in
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_var_off.c, variable_offset_ctx_access()
; selftest expects: reject | variable ctx access var_off=(0x0; 0x4)
r2 = *(u32 *)(r1 + 0x0)
r2 &= 0x4
r1 += r2
r0 = *(u32 *)(r1 + 0x0)
exit
