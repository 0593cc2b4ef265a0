; section: cgroup/skb
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_cgroup_storage.c, cpu_cgroup_storage_access_1()
; selftest expects: reject | cannot pass map_type 1 into func bpf_get_local_storage
r2 = 0x0
r1 = map[map_hash_8b] ll
call 0x51
r1 = *(u32 *)(r0 + 0x0)
r0 = r1
r0 &= 0x1
exit
