; section: tc
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, ptr_to_mem_or_null_5()
; selftest expects: accept
r1 = 0x0
*(u64 *)(r10 - 0x8) = r1
r2 = r10
r2 += -0x8
r1 = map[map_hash_8b] ll
call 0x1
if r0 == 0x0 goto +0x9 <l0_14>
r2 = *(u64 *)(r0 + 0x0)
if r2 > 0x8 goto +0x7 <l0_14>
r1 = r10
r1 += -0x8
*(u64 *)(r1 + 0x0) = r2
r3 = 0x0
r4 = 0x0
r5 = 0x0
call 0x1c
exit
