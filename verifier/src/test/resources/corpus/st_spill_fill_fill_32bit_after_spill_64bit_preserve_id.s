; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, fill_32bit_after_spill_64bit_preserve_id()
; selftest expects: accept
call 0x7
w0 &= -0x1
*(u64 *)(r10 - 0x8) = r0
r1 = *(u32 *)(r10 - 0x8)
r2 = 0x0
if r1 != r2 goto +0x3 <l0_17>
if r0 == r2 goto +0x2 <l0_17>
r0 = *(u64 *)(r9 + 0x0)
exit
r0 = 0x0
exit
