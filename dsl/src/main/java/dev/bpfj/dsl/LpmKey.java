package dev.bpfj.dsl;

/** Keys of LPM tries: a {@code u32} prefix length followed by the address in network order. */
public final class LpmKey {
    private LpmKey() {}

    /** Marker of the IPv4 key layout. */
    public static final class V4 {
        private V4() {}
    }

    /** Marker of the IPv6 key layout. */
    public static final class V6 {
        private V6() {}
    }

    private static final Layout.Builder<V4> B4 = Layout.builder("lpm_key_v4");
    public static final Field<V4> V4_PREFIX_LEN = B4.u32("prefixlen");
    public static final Field<V4> V4_ADDR = B4.bytes("addr", 4);
    /** {@code struct { __u32 prefixlen; __u8 addr[4]; }} */
    public static final Layout<V4> IPV4 = B4.size(8).build();

    private static final Layout.Builder<V6> B6 = Layout.builder("lpm_key_v6");
    public static final Field<V6> V6_PREFIX_LEN = B6.u32("prefixlen");
    public static final Field<V6> V6_ADDR = B6.bytes("addr", 16);
    /** {@code struct { __u32 prefixlen; __u8 addr[16]; }} */
    public static final Layout<V6> IPV6 = B6.size(20).build();
}
