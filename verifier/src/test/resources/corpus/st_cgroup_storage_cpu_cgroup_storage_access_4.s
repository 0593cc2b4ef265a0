; section: cgroup/skb
; license: GPL
; map: cgroup_storage cgroup_storage 16 64 0
; from tools/testing/selftests/bpf/progs/verifier_cgroup_storage.c, cpu_cgroup_storage_access_4()
; selftest expects: reject | invalid access to map value, value_size=64 off=-2 size=4
r2 = 0x0
r1 = map[cgroup_storage] ll
call 0x51
r1 = *(u32 *)(r0 - 0x2)
r0 = r1
r1 += 0x1
exit
