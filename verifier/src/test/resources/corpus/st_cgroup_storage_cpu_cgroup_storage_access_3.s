; section: cgroup/skb
; license: GPL
; map: percpu_cgroup_storage percpu_cgroup_storage 16 64 0
; from tools/testing/selftests/bpf/progs/verifier_cgroup_storage.c, cpu_cgroup_storage_access_3()
; selftest expects: reject | invalid access to map value, value_size=64 off=256 size=4
r2 = 0x0
r1 = map[percpu_cgroup_storage] ll
call 0x51
r1 = *(u32 *)(r0 + 0x100)
r1 += 0x1
r0 = 0x0
exit
