; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, fill_32bit_after_spill_64bit()
; selftest expects: accept
call 0x7
r0 <<= 0x20
*(u64 *)(r10 - 0x8) = r0
r0 = *(u32 *)(r10 - 0x8)
if r0 == 0x0 goto +0x1 <l0_16>
r0 = *(u64 *)(r9 + 0x0)
exit
