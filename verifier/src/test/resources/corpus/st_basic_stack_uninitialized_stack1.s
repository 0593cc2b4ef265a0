; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_basic_stack.c, uninitialized_stack1()
; selftest expects: accept | stack depth 8
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
exit
