; section: tc
; license: GPL
; map: jmp_table prog_array 4 4 1
; from tools/testing/selftests/bpf/progs/verifier_sock.c, tail_call()
; selftest expects: reject | invalid mem access
r6 = r1
r7 = map[jmp_table] ll
r1 = r6
r2 = r7
r3 = 0x0
call 0xc
w0 = 0x0
exit
