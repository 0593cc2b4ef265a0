; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_raw_stack.c, load_bytes_spilled_regs_data()
; selftest expects: accept
r2 = 0x4
r6 = r10
r6 += -0x10
*(u64 *)(r6 - 0x8) = r1
*(u64 *)(r6 + 0x0) = r1
*(u64 *)(r6 + 0x8) = r1
r3 = r6
r4 = 0x8
call 0x1a
r0 = *(u64 *)(r6 - 0x8)
r2 = *(u64 *)(r6 + 0x8)
r3 = *(u64 *)(r6 + 0x0)
r0 = *(u32 *)(r0 + 0x8)
r2 = *(u32 *)(r2 + 0x20)
r0 += r2
r0 += r3
exit
