; section: xdp
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; from tools/testing/selftests/bpf/progs/verifier_ringbuf.c, passing_rb_mem_to_helpers()
; selftest expects: accept
r6 = r1
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r1 = map[map_ringbuf] ll
r2 = 0x8
r3 = 0x0
call 0x83
r7 = r0
if r0 != 0x0 goto +0x1 <l0_2>
exit
r1 = r6
r2 = r0
r3 = 0x8
r4 = 0x0
call 0x45
r1 = r7
r2 = 0x0
call 0x84
r0 = 0x0
exit
