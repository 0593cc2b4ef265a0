; section: socket
; license: GPL
; a pointer stored into cb[] (root may; CAP_BPF alone leaks it)
*(u64 *)(r1 + 48) = r1
*(u32 *)(r1 + 56) = r10
r0 = 0
exit
