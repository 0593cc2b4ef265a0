; section: xdp
; license: GPL
; The callback uses its index to address a 16-byte stack buffer of the caller: 16 iterations fit,
; the mutants that raise the count do not.
r1 = 0
*(u64 *)(r10 - 16) = r1
*(u64 *)(r10 - 8) = r1
r1 = 16
r2 = func[cb] ll
r3 = r10
r3 += -16
r4 = 0
call bpf_loop
r0 = 2
exit
cb:
if r1 > 15 goto out
r2 += r1
r3 = 1
*(u8 *)(r2 + 0) = r3
out:
r0 = 0
exit
