; section: socket
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value.c, store_of_cleared_call_register()
; selftest expects: reject | R1 !read_ok
r2 = r10
r2 += -0x8
r1 = 0x0
*(u64 *)(r2 + 0x0) = r1
r1 = map[map_hash_48b] ll
call 0x1
if r0 == 0x0 goto +0x1 <l0_0>
*(u64 *)(r0 + 0x0) = r1
exit
