; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, on_stack_to_helper_function()
; selftest expects: accept
*(u64 *)(r10 - 0x8) = r10
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
r0 = 0x0
exit
