; section: tracepoint
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, ptr_to_mem_or_null_8()
; selftest expects: reject | R1 type=scalar expected=fp
r1 = 0x0
r2 = 0x0
r3 = 0x0
call 0x71
exit
