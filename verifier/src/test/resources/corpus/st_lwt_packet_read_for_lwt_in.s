; section: lwt_in
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_lwt.c, packet_read_for_lwt_in()
; selftest expects: accept
r2 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r2
r0 += 0x8
if r0 > r3 goto +0x1 <l0_3>
r0 = *(u8 *)(r2 + 0x0)
r0 = 0x0
exit
