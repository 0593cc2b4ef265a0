; section: flow_dissector
; license: GPL
; map: map_hash_48b hash 8 48 1
; from tools/testing/selftests/bpf/progs/verifier_value_illegal_alu.c, flow_keys_illegal_variable_offset_alu()
; selftest expects: reject | R7 pointer arithmetic on flow_keys prohibited
r6 = r1
r7 = *(u64 *)(r6 + 0x90)
r8 = 0x8
r8 /= 0x1
r8 &= 0x8
r7 += r8
r0 = *(u64 *)(r7 + 0x0)
exit
