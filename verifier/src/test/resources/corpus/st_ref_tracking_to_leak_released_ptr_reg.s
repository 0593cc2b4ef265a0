; section: socket
; license: GPL
; map: map_array_48b array 4 48 1
; map: map_ringbuf ringbuf 0 0 4096
; from tools/testing/selftests/bpf/progs/verifier_ref_tracking.c, to_leak_released_ptr_reg()
; selftest expects: accept
r0 = 0x0
*(u32 *)(r10 - 0x4) = r0
r2 = r10
r2 += -0x4
r1 = map[map_array_48b] ll
call 0x1
if r0 != 0x0 goto +0x1 <l0_39>
exit
r9 = r0
r0 = 0x0
r1 = map[map_ringbuf] ll
r2 = 0x8
r3 = 0x0
call 0x83
if r0 != 0x0 goto +0x1 <l1_39>
exit
r8 = r0
r1 = r8
r2 = 0x0
call 0x85
r0 = 0x0
*(u64 *)(r9 + 0x0) = r8
exit
