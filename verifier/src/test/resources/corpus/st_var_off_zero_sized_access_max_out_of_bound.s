; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_var_off.c, zero_sized_access_max_out_of_bound()
; selftest expects: reject | invalid variable-offset indirect access to stack R1
r0 = 0x0
*(u64 *)(r10 - 0x10) = r0
*(u64 *)(r10 - 0x8) = r0
r1 = *(u32 *)(r1 + 0x0)
r1 &= 0x3f
r1 += -0x10
r1 += r10
r2 = 0x0
r3 = 0x0
call 0x71
exit
