; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_raw_stack.c, load_bytes_spilled_regs_corruption()
; selftest expects: reject | R0 invalid mem access 'scalar'
r2 = 0x4
r6 = r10
r6 += -0x8
*(u64 *)(r6 + 0x0) = r1
r3 = r6
r4 = 0x8
call 0x1a
r0 = *(u64 *)(r6 + 0x0)
r0 = *(u32 *)(r0 + 0x8)
exit
