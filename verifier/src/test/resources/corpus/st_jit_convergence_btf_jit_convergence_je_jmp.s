; section: socket
; license: GPL
; map: map_hash hash 8 256 1
; from tools/testing/selftests/bpf/progs/verifier_jit_convergence.c, btf_jit_convergence_je_jmp()
; selftest expects: accept
call 0x7
if r0 == 0x0 goto +0x6 <l24_0>
if r0 == 0x1 goto +0x5 <l24_0>
if r0 == 0x2 goto +0x4 <l24_0>
if r0 == 0x3 goto +0x3 <l24_0>
if r0 == 0x4 goto +0x2 <l24_0>
call 0x7
call 0x7
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash] ll
call 0x1
if r0 == 0x0 goto +0x30 <l1_0>
r6 = r0
call 0x7
r7 = r0
r5 = r6
if r0 != 0x0 goto +0x8 <l12_0>
call 0x7
r1 = r0
r2 = r6
if r1 == 0x0 goto +0x1f <l0_0>
r2 = *(u64 *)(r6 + 0x0)
r2 += 0x1
*(u64 *)(r6 + 0x0) = r2
goto +0x23 <l1_0>
r1 = r7
r1 += 0x98
r2 = r5
r2 += 0x90
r2 = *(u32 *)(r2 + 0x0)
r3 = r7
r3 &= 0x1
r2 *= 0xa8
if r3 == 0x0 goto +0x9 <l2_0>
r1 += r2
r1 -= r7
r1 += 0x8
if r1 <= 0xb20 goto +0x2 <l3_0>
r1 = 0x0
goto +0x1 <l4_0>
r1 += r7
if r1 == 0x0 goto +0xe <l8_0>
goto -0x16 <l9_0>
r1 += r2
r1 -= r7
r1 += 0x10
if r1 <= 0xb20 goto +0x2 <l6_0>
r1 = 0x0
goto +0x1 <l7_0>
r1 += r7
if r1 == 0x0 goto +0x5 <l8_0>
goto -0x1f <l9_0>
r1 = 0x3
*(u64 *)(r10 - 0x10) = r1
r2 = r1
goto +0x4 <l1_0>
r1 = r5
r1 += 0x4
r1 = *(u32 *)(r1 + 0x0)
*(u64 *)(r10 - 0x8) = r1
r0 = 0x0
exit
