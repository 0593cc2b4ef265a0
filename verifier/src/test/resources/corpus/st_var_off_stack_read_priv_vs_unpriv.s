; section: cgroup/skb
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_var_off.c, stack_read_priv_vs_unpriv()
; selftest expects: accept
r0 = 0x0
*(u64 *)(r10 - 0x8) = r0
r2 = *(u32 *)(r1 + 0x0)
r2 &= 0x4
r2 -= 0x8
r2 += r10
r0 = *(u32 *)(r2 + 0x0)
r0 = 0x0
exit
