; section: tc
; license: GPL
; helpers taking only the skb, and load_bytes_relative into the stack
r6 = r1
r1 = r6
call bpf_get_socket_cookie
r1 = r6
call bpf_get_hash_recalc
r1 = r6
r2 = 0
call bpf_csum_level
r1 = r6
call bpf_skb_cgroup_id
r1 = r6
r2 = 0
r3 = r10
r3 += -20
r4 = 20
r5 = 1
call bpf_skb_load_bytes_relative
r1 = r6
r2 = 0
r3 = 0
call bpf_skb_set_tstamp
r1 = r6
call bpf_get_route_realm
r0 = 0
exit
