; section: raw_tracepoint.w
; license: GPL
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_raw_tp_writable.c, tracepoint_writable_reject_variable_offset()
; selftest expects: reject | R6 invalid variable buffer offset: off=0, var_off=(0x0; 0xffffffff)
r6 = *(u64 *)(r1 + 0x0)
r1 = map[map_hash_8b] ll
w0 = 0x0
r2 = r10
r2 += -0x8
*(u64 *)(r2 + 0x0) = r0
call 0x1
if r0 != 0x0 goto +0x1 <l0_0>
exit
r0 = *(u32 *)(r0 + 0x0)
r6 += r0
r7 = 0x1092
*(u64 *)(r6 + 0x0) = r7
r0 = 0x0
exit
