; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_leak_ptr.c, leak_pointer_into_map_val()
; selftest expects: accept
r6 = r1
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x3 <l0_0>
r3 = 0x0
*(u64 *)(r0 + 0x0) = r3
lock *(u64 *)(r0 + 0x0) += r6
r0 = 0x0
exit
