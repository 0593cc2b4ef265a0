; section: tc
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, ptr_to_mem_or_null_7()
; selftest expects: accept
r6 = *(u32 *)(r1 + 0x4c)
r3 = *(u32 *)(r1 + 0x50)
r0 = r6
r0 += 0x8
if r0 > r3 goto +0x7 <l0_16>
r1 = r6
r2 = *(u64 *)(r6 + 0x0)
if r2 > 0x8 goto +0x4 <l0_16>
r3 = 0x0
r4 = 0x0
r5 = 0x0
call 0x1c
exit
