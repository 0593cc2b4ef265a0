; section: sk_reuseport
; license: GPL
; map: map_sockmap sockmap 4 4 1
; from tools/testing/selftests/bpf/progs/verifier_sock.c, reuseport_ctx_sockmap_key_flags()
; selftest expects: accept
r4 = 0x0
r2 = 0x0
*(u32 *)(r10 - 0x4) = r2
r3 = r10
r3 += -0x4
r2 = map[map_sockmap] ll
call 0x52
exit
