; section: tracepoint
; license: GPL
; map: map_ringbuf ringbuf 0 0 4096
; map: map_hash_48b hash 8 48 1
; map: map_hash_8b hash 8 8 1
; from tools/testing/selftests/bpf/progs/verifier_helper_access_var_len.c, memory_stack_jmp_bounds_offset()
; selftest expects: reject | invalid indirect access to stack R1 off=-64 size=65
r2 = *(u64 *)(r1 + 0x8)
r1 = r10
r1 += -0x40
*(u64 *)(r1 - 0x80) = r2
r2 = *(u64 *)(r1 - 0x80)
if r2 > 0x40 goto +0x5 <l0_4>
r4 = 0x0
if r4 >= r2 goto +0x3 <l0_4>
r2 += 0x1
r3 = 0x0
call 0x71
r0 = 0x0
exit
