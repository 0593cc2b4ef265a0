; section: tc
; license: GPL
; from tools/testing/selftests/bpf/progs/verifier_sock.c, of_bpf_skc_to_helpers()
; selftest expects: reject | invalid mem access
r1 = *(u64 *)(r1 + 0xa8)
if r1 != 0x0 goto +0x2 <l0_30>
r0 = 0x0
exit
r6 = r1
call 0x89
r7 = r0
r1 = r6
call 0x8b
r8 = r0
if r8 != 0x0 goto +0x2 <l1_30>
r0 = 0x0
exit
r0 = *(u8 *)(r7 + 0x0)
exit
