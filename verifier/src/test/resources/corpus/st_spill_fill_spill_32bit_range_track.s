; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, spill_32bit_range_track()
; selftest expects: accept
call 0x5
r0 &= 0xffff
r1 = r0
*(u32 *)(r10 - 0x8) = r0
if r0 < 0x1 goto +0x3 <l0_10>
r1 = *(u32 *)(r10 - 0x8)
if r1 >= 0x1 goto +0x1 <l0_10>
r0 = *(u64 *)(r9 + 0x0)
r0 = 0x0
exit
