; section: tc
; license: GPL
; map: jmp prog_array 4 4 4
r2 = map[jmp] ll
r3 = 0
call bpf_tail_call
r0 = 0
exit
