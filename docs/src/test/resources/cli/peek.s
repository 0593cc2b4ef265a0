; tag::peek[]
; Reads the EtherType without checking that the packet is long enough.
.license "GPL"

.program peek section=xdp
    r2 = *(u32 *)(r1 + 0)
    r0 = *(u16 *)(r2 + 12)
    r0 = 2
    exit
; end::peek[]
