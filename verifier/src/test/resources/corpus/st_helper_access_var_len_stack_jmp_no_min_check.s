; section: socket
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, stack_jmp_no_min_check()
; selftest expects: accept
r6 = 0x0
*(u64 *)(r10 - 0x80) = r6
call 0x7
r3 = r0
if r3 > 0x40 goto +0x6 <l0_7>
r1 = map[map_ringbuf] ll
r2 = r10
r2 += -0x40
r4 = 0x0
call 0x82
r0 = 0x0
exit
