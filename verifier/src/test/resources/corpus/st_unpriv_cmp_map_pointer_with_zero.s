; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_unpriv.c, cmp_map_pointer_with_zero()
; selftest expects: accept
r1 = 0x0
r1 = map[map_hash_8b] ll
if r1 == 0x0 goto +0x0 <l0_10>
r0 = 0x0
exit
