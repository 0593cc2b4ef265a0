; section: socket
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_bounds.c, signed_unsigned_intersection32_case1()
; selftest expects: accept
call 0x7
w0 &= -0x1
if w0 < 0x3 goto +0x3 <signed_unsigned_intersection32_case1+0x30>
if w0 s> 0x1 goto +0x2 <signed_unsigned_intersection32_case1+0x30>
if w0 s< 0x0 goto +0x1 <signed_unsigned_intersection32_case1+0x30>
r10 = 0x0
exit
