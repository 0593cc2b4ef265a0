; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, valid_spill_fill_skb_mark()
; selftest expects: accept
r6 = r1
*(u64 *)(r10 - 0x8) = r6
r0 = *(u64 *)(r10 - 0x8)
r0 = *(u32 *)(r0 + 0x8)
exit
