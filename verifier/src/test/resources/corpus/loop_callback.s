; section: xdp
; license: GPL
; bpf_loop with a callback that counts in the caller's stack through its context pointer.
r1 = 0
*(u64 *)(r10 - 8) = r1
r1 = 4
r2 = func[cb] ll
r3 = r10
r3 += -8
r4 = 0
call bpf_loop
r0 = *(u64 *)(r10 - 8)
r0 &= 3
exit
cb:
r3 = *(u64 *)(r2 + 0)
r3 += 1
*(u64 *)(r2 + 0) = r3
r0 = 0
exit
