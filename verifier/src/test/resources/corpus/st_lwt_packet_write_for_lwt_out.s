; section: lwt_out
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lwt.c, packet_write_for_lwt_out()
; selftest expects: reject | cannot write into packet
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x1 <l0_1>
*(u8 *)(r2 + 0x0) = r2
r0 = 0x0
exit
