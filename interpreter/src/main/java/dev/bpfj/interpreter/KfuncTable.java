package dev.bpfj.interpreter;

import dev.bpfj.core.Helpers;
import dev.bpfj.core.Kfunc;
import dev.bpfj.core.Kfuncs;
import dev.bpfj.core.btf.BtfType;
import java.util.List;

/**
 * The kfuncs the interpreter implements. They share the helper dispatch: kfunc {@code i} of
 * {@link #NAMES} is entry {@code BASE + i} of the helper table, past the last helper id, so a kfunc
 * call runs exactly like a helper call, compiled or not.
 */
final class KfuncTable {
    private KfuncTable() {}

    static final int BASE = Helpers.maxId() + 1;

    static final List<String> NAMES = List.of(
            "bpf_xdp_ct_lookup", "bpf_xdp_ct_alloc", "bpf_ct_insert_entry", "bpf_ct_release", "bpf_ct_set_timeout",
            "bpf_ct_change_timeout", "bpf_ct_set_status", "bpf_ct_change_status",
            "bpf_xdp_metadata_rx_timestamp", "bpf_xdp_metadata_rx_hash", "bpf_xdp_metadata_rx_vlan_tag",
            "bpf_dynptr_from_xdp", "bpf_dynptr_slice", "bpf_dynptr_slice_rdwr", "bpf_dynptr_adjust",
            "bpf_dynptr_is_null", "bpf_dynptr_is_rdonly", "bpf_dynptr_size");

    /** The helper table entry of a kfunc, or -1 when the interpreter does not implement it. */
    static int slotOf(String name) {
        int i = NAMES.indexOf(name);
        return i < 0 ? -1 : BASE + i;
    }

    static int size() {
        return BASE + NAMES.size();
    }

    /** Whether the kfunc at a table entry returns nothing (R0 is then not set). */
    static boolean returnsVoid(int slot) {
        int i = slot - BASE;
        if (i < 0 || i >= NAMES.size()) {
            return false;
        }
        return Kfuncs.byName(NAMES.get(i)).map(Kfunc::proto)
                .map(p -> p.returnType().resolve() instanceof BtfType.Void).orElse(false);
    }

    /** Number of argument registers a kfunc reads. */
    static int arguments(String name) {
        return Kfuncs.byName(name).map(k -> k.proto().params().size()).orElse(5);
    }

    static void register(HelperFunction[] t) {
        t[slotOf("bpf_xdp_ct_lookup")] = ConntrackKfuncs::lookup;
        t[slotOf("bpf_xdp_ct_alloc")] = ConntrackKfuncs::alloc;
        t[slotOf("bpf_ct_insert_entry")] = ConntrackKfuncs::insert;
        t[slotOf("bpf_ct_release")] = ConntrackKfuncs::release;
        t[slotOf("bpf_ct_set_timeout")] = ConntrackKfuncs::setTimeout;
        t[slotOf("bpf_ct_change_timeout")] = ConntrackKfuncs::changeTimeout;
        t[slotOf("bpf_ct_set_status")] = ConntrackKfuncs::setStatus;
        t[slotOf("bpf_ct_change_status")] = ConntrackKfuncs::changeStatus;
        t[slotOf("bpf_xdp_metadata_rx_timestamp")] = XdpKfuncs::rxTimestamp;
        t[slotOf("bpf_xdp_metadata_rx_hash")] = XdpKfuncs::rxHash;
        t[slotOf("bpf_xdp_metadata_rx_vlan_tag")] = XdpKfuncs::rxVlanTag;
        t[slotOf("bpf_dynptr_from_xdp")] = XdpKfuncs::dynptrFromXdp;
        t[slotOf("bpf_dynptr_slice")] = (vm, p, off, buf, len, r5) -> XdpKfuncs.slice(vm, p, off, buf, len, false);
        t[slotOf("bpf_dynptr_slice_rdwr")] = (vm, p, off, buf, len, r5) -> XdpKfuncs.slice(vm, p, off, buf, len, true);
        t[slotOf("bpf_dynptr_adjust")] = XdpKfuncs::dynptrAdjust;
        t[slotOf("bpf_dynptr_is_null")] = XdpKfuncs::dynptrIsNull;
        t[slotOf("bpf_dynptr_is_rdonly")] = XdpKfuncs::dynptrIsRdonly;
        t[slotOf("bpf_dynptr_size")] = XdpKfuncs::dynptrSize;
    }
}
