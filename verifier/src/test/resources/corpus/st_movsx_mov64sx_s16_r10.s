; section: socket
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_movsx.c, mov64sx_s16_r10()
; selftest expects: reject | R1 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
r1 = 0x2100200c
*(u32 *)(r10 - 0x8) = r1
r1 = (s16)r10
r1 += -0x8
r2 = 0x3
if r2 <= r1 goto +0x0 <l0_6>
call 0x6
r0 = 0x0
exit
