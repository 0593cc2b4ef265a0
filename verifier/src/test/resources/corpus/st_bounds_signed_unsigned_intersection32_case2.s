; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, signed_unsigned_intersection32_case2()
; selftest expects: accept
call 0x7
w0 &= -0x1
if w0 > -0x7ffffffd goto +0x4 <signed_unsigned_intersection32_case2+0x38>
if w0 s< -0x3 goto +0x3 <signed_unsigned_intersection32_case2+0x38>
if w0 s> 0x5 goto +0x2 <signed_unsigned_intersection32_case2+0x38>
if w0 <= 0x5 goto +0x1 <signed_unsigned_intersection32_case2+0x38>
r10 = 0x0
exit
