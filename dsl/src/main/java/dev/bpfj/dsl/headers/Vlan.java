package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/** An 802.1Q / 802.1ad tag as it follows the MACs: TCI and the encapsulated EtherType (4 bytes). */
public final class Vlan {
    private Vlan() {}

    private static final Layout.Builder<Vlan> B = Layout.<Vlan>builder("vlan_hdr").packed();
    /** Priority (3 bits), DEI (1), VLAN id (12), network order. */
    public static final Field<Vlan> TCI = B.be16("h_vlan_TCI");
    /** The EtherType inside the tag, network order. */
    public static final Field<Vlan> ENCAPSULATED_PROTO = B.be16("h_vlan_encapsulated_proto");
    public static final Layout<Vlan> LAYOUT = B.build();
    /** Mask of the VLAN id in the TCI. */
    public static final int VID_MASK = 0x0fff;
}
