package dev.bpfj.interpreter;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The connection tracking table the conntrack kfuncs ({@code bpf_xdp_ct_lookup},
 * {@code bpf_xdp_ct_alloc}, {@code bpf_ct_insert_entry}, ...) see: empty by default, like a network
 * namespace nothing has talked in, filled by the test (and by programs that insert entries).
 *
 * <pre>{@code
 * vm.environment().conntrack().add(ConntrackTable.Entry.tcp("10.0.0.1", 1234, "10.0.0.2", 80));
 * }</pre>
 */
public final class ConntrackTable {
    /** {@code IPPROTO_TCP}, {@code IPPROTO_UDP}. */
    public static final int TCP = 6;
    public static final int UDP = 17;

    /**
     * One tracked connection, as its original direction: replies (source and destination swapped) find
     * it too, with {@code opts.dir} 1.
     *
     * @param source the original source address (4 or 16 bytes)
     * @param sourcePort the original source port
     * @param destination the original destination address, of the same family
     * @param destinationPort the original destination port
     * @param protocol {@link #TCP} or {@link #UDP}
     * @param zone the conntrack zone id
     * @param status the {@code IPS_*} status bits
     * @param timeoutMs the timeout a program set ({@code bpf_ct_set_timeout}), 0 when none
     */
    public record Entry(byte[] source, int sourcePort, byte[] destination, int destinationPort, int protocol, int zone,
                        long status, long timeoutMs) {
        public Entry {
            source = source.clone();
            destination = destination.clone();
            if ((source.length != 4 && source.length != 16) || source.length != destination.length) {
                throw new IllegalArgumentException("addresses must be both IPv4 or both IPv6");
            }
            if (protocol != TCP && protocol != UDP) {
                throw new IllegalArgumentException("conntrack kfuncs look up TCP and UDP only, not protocol " + protocol);
            }
        }

        public static Entry tcp(String source, int sourcePort, String destination, int destinationPort) {
            return of(source, sourcePort, destination, destinationPort, TCP);
        }

        public static Entry udp(String source, int sourcePort, String destination, int destinationPort) {
            return of(source, sourcePort, destination, destinationPort, UDP);
        }

        private static Entry of(String source, int sourcePort, String destination, int destinationPort, int protocol) {
            return new Entry(address(source), sourcePort, address(destination), destinationPort, protocol, 0, 0, 0);
        }

        public Entry inZone(int zoneId) {
            return new Entry(source, sourcePort, destination, destinationPort, protocol, zoneId, status, timeoutMs);
        }

        @Override
        public byte[] source() {
            return source.clone();
        }

        @Override
        public byte[] destination() {
            return destination.clone();
        }

        /** 0 when the tuple is this entry's original direction, 1 for its reply, -1 for neither. */
        int direction(byte[] src, int sport, byte[] dst, int dport, int proto, int zoneId) {
            if (proto != protocol || zoneId != zone) {
                return -1;
            }
            if (Arrays.equals(src, source) && Arrays.equals(dst, destination) && sport == sourcePort
                    && dport == destinationPort) {
                return 0;
            }
            if (Arrays.equals(src, destination) && Arrays.equals(dst, source) && sport == destinationPort
                    && dport == sourcePort) {
                return 1;
            }
            return -1;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && Arrays.equals(source, e.source) && Arrays.equals(destination, e.destination)
                    && sourcePort == e.sourcePort && destinationPort == e.destinationPort && protocol == e.protocol
                    && zone == e.zone && status == e.status && timeoutMs == e.timeoutMs;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(source), Arrays.hashCode(destination), sourcePort, destinationPort,
                    protocol, zone);
        }

        @Override
        public String toString() {
            return (protocol == TCP ? "tcp " : "udp ") + text(source) + ":" + sourcePort + " -> " + text(destination) + ":"
                    + destinationPort + (zone != 0 ? " zone " + zone : "");
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public ConntrackTable add(Entry e) {
        entries.add(Objects.requireNonNull(e, "entry"));
        return this;
    }

    /** The tracked connections, those programs inserted included. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public ConntrackTable clear() {
        entries.clear();
        return this;
    }

    /** The entry a tuple finds in either direction, or null. */
    Entry find(byte[] src, int sport, byte[] dst, int dport, int proto, int zone) {
        for (Entry e : entries) {
            if (e.direction(src, sport, dst, dport, proto, zone) >= 0) {
                return e;
            }
        }
        return null;
    }

    /** Replaces an entry a program changed (its timeout or status). */
    void replace(Entry old, Entry next) {
        int i = entries.indexOf(old);
        if (i >= 0) {
            entries.set(i, next);
        }
    }

    /** {@code nf_conntrack_hash_check_insert}: false when either direction is tracked already. */
    boolean insert(Entry e) {
        if (find(e.source, e.sourcePort, e.destination, e.destinationPort, e.protocol, e.zone) != null) {
            return false;
        }
        entries.add(e);
        return true;
    }

    private static byte[] address(String text) {
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }

    private static String text(byte[] a) {
        try {
            return InetAddress.getByAddress(a).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return Arrays.toString(a);
        }
    }
}
