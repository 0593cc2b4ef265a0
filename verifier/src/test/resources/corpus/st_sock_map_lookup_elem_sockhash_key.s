; section: sk_skb
; license: GPL
; map: map_sockhash sockhash 4 4 1
; from tools/testing/selftests/bpf/progs/verifier_sock.c, map_lookup_elem_sockhash_key()
; selftest expects: reject | Unreleased reference id=2 alloc_insn=6
r1 = 0x0
*(u32 *)(r10 - 0x4) = r1
r2 = r10
r2 += -0x4
r1 = map[map_sockhash] ll
call 0x1
r0 = 0x0
exit
