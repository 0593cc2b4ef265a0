; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, pass_pointer_to_helper_function()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
r3 = r2
r4 = r2
call 0x2
r0 = 0x0
exit
