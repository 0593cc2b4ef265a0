package dev.bpfj.interpreter;

/**
 * What the network device tells the XDP RX metadata kfuncs ({@code bpf_xdp_metadata_rx_timestamp},
 * {@code _rx_hash}, {@code _rx_vlan_tag}) about a frame. A device that does not implement them makes
 * each return {@code -EOPNOTSUPP} (the default: the kernel's generic implementation); one that does,
 * but has nothing for this frame, {@code -ENODATA}.
 *
 * @param supported whether the device implements the metadata kfuncs
 * @param timestamp the hardware RX timestamp in ns, or null when the frame has none
 * @param hash the RSS hash, or null
 * @param hashType the {@code enum xdp_rss_hash_type} of the hash
 * @param vlanProto the VLAN protocol in network byte order as the frame carried it ({@code 0x8100}, {@code 0x88a8}), or null
 * @param vlanTci the VLAN TCI, or null
 */
public record RxMetadata(boolean supported, Long timestamp, Integer hash, int hashType, Integer vlanProto,
                         Integer vlanTci) {

    /** A device without RX metadata support. */
    public static final RxMetadata UNSUPPORTED = new RxMetadata(false, null, null, 0, null, null);

    /** A device with RX metadata support that has none for this frame. */
    public static RxMetadata none() {
        return new RxMetadata(true, null, null, 0, null, null);
    }

    public RxMetadata timestamp(long ns) {
        return new RxMetadata(true, ns, hash, hashType, vlanProto, vlanTci);
    }

    public RxMetadata hash(int value, int type) {
        return new RxMetadata(true, timestamp, value, type, vlanProto, vlanTci);
    }

    public RxMetadata vlan(int proto, int tci) {
        return new RxMetadata(true, timestamp, hash, hashType, proto & 0xffff, tci & 0xffff);
    }
}
