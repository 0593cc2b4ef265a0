; section: tc
; license: GPL
; bpf_get_listener_sock does not hand out a reference
r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto out
call bpf_get_listener_sock
if r0 == 0 goto out
r1 = r0
call bpf_sk_release
out:
r0 = 0
exit
