; section: cgroup/skb
; license: GPL
; map: percpu_cgroup_storage percpu_cgroup_storage 16 64 0
; from tools/testing/selftests/bpf/progs/verifier_cgroup_storage.c, cpu_cgroup_storage_access_6()
; selftest expects: reject | get_local_storage() doesn't support non-zero flags
r2 = r1
r1 = map[percpu_cgroup_storage] ll
call 0x51
r1 = *(u32 *)(r0 + 0x0)
r0 = r1
r0 &= 0x1
exit
