; section: xdp
; license: GPL
; bpf_fib_lookup with a zeroed 64-byte params struct on the stack (GPL-only helper).
r6 = r1
r1 = 0
*(u64 *)(r10 - 8) = r1
*(u64 *)(r10 - 16) = r1
*(u64 *)(r10 - 24) = r1
*(u64 *)(r10 - 32) = r1
*(u64 *)(r10 - 40) = r1
*(u64 *)(r10 - 48) = r1
*(u64 *)(r10 - 56) = r1
*(u64 *)(r10 - 64) = r1
r1 = r6
r2 = r10
r2 += -64
r3 = 64
r4 = 0
call bpf_fib_lookup
r0 = 2
exit
