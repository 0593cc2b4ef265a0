; section: cgroup/skb
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_var_off.c, access_min_off_min_initialized()
; selftest expects: accept
r2 = 0x0
*(u64 *)(r10 - 0x8) = r2
r2 = *(u32 *)(r1 + 0x0)
r2 &= 0x4
r2 -= 0x10
r2 += r10
r1 = map[map_hash_8b] ll
call 0x1
r0 = 0x0
exit
