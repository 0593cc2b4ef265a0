; section: cgroup/skb
; license: GPL
; map: map_xskmap xskmap 4 4 1
; from tools/testing/selftests/bpf/progs/verifier_jeq_infer_not_null.c, unchanged_for_jne_true_branch()
; selftest expects: reject | R7 invalid mem access 'sock_or_null'
r6 = *(u64 *)(r1 + 0xa8)
if r6 == 0x0 goto +0x9 <l0_1>
r1 = r6
call 0x5f
r7 = r0
r1 = r6
call 0x5f
if r0 != 0x0 goto +0x3 <l0_1>
if r0 != r7 goto +0x1 <l1_1>
goto +0x1 <l0_1>
r0 = *(u32 *)(r7 + 0x8)
r0 = 0x0
exit
