; section: socket
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; from tools/testing/selftests/bpf/progs/verifier_spill_fill.c, spill_fill_ptr_to_mem()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r1 = map[map_ringbuf] ll
r2 = 0x8
r3 = 0x0
call 0x83
r6 = r0
if r0 == 0x0 goto +0x7 <l0_0>
*(u64 *)(r10 - 0x8) = r6
r7 = *(u64 *)(r10 - 0x8)
r1 = 0x0
*(u64 *)(r7 + 0x0) = r1
r1 = r7
r2 = 0x0
call 0x84
r0 = 0x0
exit
