; section: xdp
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, fill_32bit_after_spill_64bit_clear_id()
; selftest expects: reject | math between ctx pointer and 4294967295 is not allowed
r6 = r1
call 0x7
r0 &= 0x8
r1 = -0x1
r1 <<= 0x20
r1 += r0
*(u64 *)(r10 - 0x8) = r1
r2 = *(u32 *)(r10 - 0x8)
r3 = 0x0
if r2 != r3 goto +0x0 <l0_18>
r1 >>= 0x20
r6 += r1
r0 = *(u32 *)(r6 + 0x0)
exit
