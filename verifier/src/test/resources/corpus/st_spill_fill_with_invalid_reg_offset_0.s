; section: socket
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, with_invalid_reg_offset_0()
; selftest expects: reject | R0 pointer arithmetic on ringbuf_mem_or_null prohibited
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r1 = map[map_ringbuf] ll
r2 = 0x8
r3 = 0x0
call 0x83
r6 = r0
r0 += 0x1
if r0 == 0x0 goto +0x5 <l0_1>
r1 = 0x0
*(u32 *)(r6 + 0x0) = r1
r1 = r6
r2 = 0x0
call 0x84
r0 = 0x0
exit
