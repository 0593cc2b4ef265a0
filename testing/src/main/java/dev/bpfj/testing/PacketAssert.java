package dev.bpfj.testing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractByteArrayAssert;

/**
 * Assertions on packet bytes that fail with the packets decoded ({@link ParsedPacket}) and a hex
 * dump around the first difference, rather than two lists of numbers.
 */
public final class PacketAssert extends AbstractByteArrayAssert<PacketAssert> {

    PacketAssert(byte[] actual) {
        super(actual, PacketAssert.class);
    }

    /** Byte-for-byte equality with another packet. */
    @Override
    public PacketAssert isEqualTo(Object expected) {
        isNotNull();
        if (!(expected instanceof byte[] e)) {
            return super.isEqualTo(expected);
        }
        if (!Arrays.equals(actual, e)) {
            int at = Arrays.mismatch(actual, e);
            failWithMessage("%nExpecting packet%n  %s%nto equal%n  %s%nfirst difference at byte %d:%n%s",
                    ParsedPacket.parse(actual), ParsedPacket.parse(e), at, window(at, e));
        }
        return this;
    }

    private String window(int at, byte[] expected) {
        int from = Math.max(0, at - 8) & ~7;
        int to = Math.min(Math.max(actual.length, expected.length), from + 32);
        return "  actual   [" + from + "..]: " + hex(actual, from, to) + "\n  expected [" + from + "..]: "
                + hex(expected, from, to);
    }

    private static String hex(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i < b.length ? HexFormat.of().toHexDigits(b[i]) : "--").append(i % 8 == 7 ? "  " : " ");
        }
        return sb.toString().strip();
    }

    /** The packet decoded, for assertions of its own. */
    public ParsedPacket parsed() {
        isNotNull();
        return ParsedPacket.parse(actual);
    }

    public PacketAssert satisfiesParsed(Consumer<ParsedPacket> requirements) {
        requirements.accept(parsed());
        return this;
    }

    /** Every checksum (IPv4 header, UDP/TCP/ICMP) is right. */
    public PacketAssert hasValidChecksums() {
        ParsedPacket p = parsed();
        if (!p.checksumsValid()) {
            failWithMessage("%nExpecting valid checksums in%n  %s", p);
        }
        return this;
    }

    public PacketAssert hasIpv4Ttl(int ttl) {
        ParsedPacket p = parsed();
        if (p.ipv4().isEmpty() || p.ipv4().get().ttl() != ttl) {
            failWithMessage("%nExpecting an IPv4 packet with TTL %d, got%n  %s", ttl, p);
        }
        return this;
    }

    public PacketAssert hasVlans(Integer... ids) {
        ParsedPacket p = parsed();
        if (!p.vlans().equals(Arrays.asList(ids))) {
            failWithMessage("%nExpecting VLAN tags %s, got%n  %s", Arrays.asList(ids), p);
        }
        return this;
    }

    public PacketAssert hasDestinationMac(String mac) {
        ParsedPacket p = parsed();
        if (!p.dstMac().equalsIgnoreCase(mac)) {
            failWithMessage("%nExpecting destination MAC %s, got%n  %s", mac, p);
        }
        return this;
    }

    public PacketAssert hasSourceMac(String mac) {
        ParsedPacket p = parsed();
        if (!p.srcMac().equalsIgnoreCase(mac)) {
            failWithMessage("%nExpecting source MAC %s, got%n  %s", mac, p);
        }
        return this;
    }
}
