; section: sk_reuseport
; license: GPL
; map: map_reuseport_array reuseport_sockarray 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_sock.c, ctx_reuseport_array_key_flags()
; selftest expects: accept
r4 = 0x0
r2 = 0x0
*(u32 *)(r10 - 0x4) = r2
r3 = r10
r3 += -0x4
r2 = map[map_reuseport_array] ll
call 0x52
exit
