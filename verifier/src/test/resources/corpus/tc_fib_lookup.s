; section: tc
; license: GPL
; bpf_fib_lookup with a 64-byte struct bpf_fib_lookup on the stack
r6 = r1
r2 = r10
r2 += -64
*(u64 *)(r10 - 64) = 0
*(u64 *)(r10 - 56) = 0
*(u64 *)(r10 - 48) = 0
*(u64 *)(r10 - 40) = 0
*(u64 *)(r10 - 32) = 0
*(u64 *)(r10 - 24) = 0
*(u64 *)(r10 - 16) = 0
*(u64 *)(r10 - 8) = 0
r1 = r6
r3 = 64
r4 = 0
call bpf_fib_lookup
exit
