; section: socket
; license: GPL
r6 = r1
call bpf_get_socket_uid
r1 = r6
call bpf_get_socket_cookie
r0 = 0
exit
