; section: tc
; license: GPL
; tstamp read and written as 8 bytes, hwtstamp read as 8
r2 = *(u64 *)(r1 + 152)
*(u64 *)(r1 + 152) = r2
r3 = *(u64 *)(r1 + 184)
r4 = *(u8 *)(r1 + 180)
r0 = 0
exit
