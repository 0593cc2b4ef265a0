; section: xdp
; license: GPL
; map: map_xskmap xskmap 4 4 1
; from tools/testing/selftests/bpf/progs/verifier_sock.c, xskmap_key_xs_queue_id()
; selftest expects: accept
r1 = 0x0
*(u32 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_xskmap] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_27>
exit
r0 = *(u32 *)(r0 + 0x0)
r0 = 0x0
exit
