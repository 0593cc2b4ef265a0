; section: cgroup/skb
; license: GPL
; map: map_spin_lock array 4 8 1
; from tools/testing/selftests/bpf/progs/verifier_spin_lock.c, lock_in_subprog_without_unlock__1()
; selftest expects: accept
call 0x5d
r0 = 0x0
exit
