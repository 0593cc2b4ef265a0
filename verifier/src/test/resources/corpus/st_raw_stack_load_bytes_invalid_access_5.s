; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_raw_stack.c, load_bytes_invalid_access_5()
; selftest expects: reject | R4 unbounded memory access, use 'var &= const' or 'if (var < const)'
r2 = 0x4
r6 = r10
r6 += -0x200
r3 = r6
r4 = 0x7fffffff
call 0x1a
r0 = *(u64 *)(r6 + 0x0)
exit
