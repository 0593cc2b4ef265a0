package dev.bpfj.interpreter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The routing world {@code bpf_fib_lookup} sees, written by a test: interfaces (MAC, MTU, whether
 * they forward), routes (longest prefix wins) and neighbours (the ARP / NDP cache).
 *
 * <pre>{@code
 * env.fib()
 *     .addInterface(2, "02:00:00:00:00:02", 1500)
 *     .addInterface(3, "02:00:00:00:00:03", 1500)
 *     .addRoute("10.1.0.0/16", "192.168.3.1", 3)
 *     .addNeighbor(3, "192.168.3.1", "02:00:00:00:33:01");
 * }</pre>
 */
public final class FibTable {
    /** How a route disposes of traffic; all but {@code UNICAST} end the lookup with a code. */
    public enum RouteType { UNICAST, BLACKHOLE, UNREACHABLE, PROHIBIT, LOCAL }

    public record Interface(int ifindex, byte[] mac, int mtu, boolean forwarding) {
        public Interface {
            mac = mac.clone();
        }

        @Override
        public byte[] mac() {
            return mac.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Interface i && ifindex == i.ifindex && mtu == i.mtu && forwarding == i.forwarding
                    && java.util.Arrays.equals(mac, i.mac);
        }

        @Override
        public int hashCode() {
            return ifindex;
        }
    }

    /**
     * @param prefix the network address
     * @param length prefix length in bits
     * @param type what the route does
     * @param ifindex the outgoing interface
     * @param gateway the next hop, or null when the destination is on the link
     * @param metric the route's priority, reported in {@code rt_metric}
     * @param source the preferred source address, or null
     * @param mtu a route MTU, or 0 to use the interface's
     */
    public record Route(InetAddress prefix, int length, RouteType type, int ifindex, InetAddress gateway, int metric,
                       InetAddress source, int mtu) {
        public Route {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(type, "type");
        }

        boolean matches(byte[] addr) {
            byte[] p = prefix.getAddress();
            if (p.length != addr.length) {
                return false;
            }
            int full = length / 8;
            for (int i = 0; i < full; i++) {
                if (p[i] != addr[i]) {
                    return false;
                }
            }
            int rest = length % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff00 >>> rest;
            return (p[full] & mask) == (addr[full] & mask);
        }
    }

    private final Map<Integer, Interface> interfaces = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, byte[]> neighbors = new LinkedHashMap<>();

    public FibTable addInterface(int ifindex, String mac, int mtu) {
        interfaces.put(ifindex, new Interface(ifindex, parseMac(mac), mtu, true));
        return this;
    }

    /** Turns forwarding off on an interface: lookups from it answer {@code FWD_DISABLED}. */
    public FibTable forwarding(int ifindex, boolean enabled) {
        Interface i = interface_(ifindex);
        interfaces.put(ifindex, new Interface(ifindex, i.mac(), i.mtu(), enabled));
        return this;
    }

    /** A directly connected network on an interface. */
    public FibTable addRoute(String cidr, int ifindex) {
        return addRoute(cidr, null, ifindex);
    }

    /** A network reached through a gateway on an interface. */
    public FibTable addRoute(String cidr, String gateway, int ifindex) {
        Cidr c = Cidr.parse(cidr);
        routes.add(new Route(c.address, c.length, RouteType.UNICAST, ifindex, gateway == null ? null : address(gateway),
                0, null, 0));
        return this;
    }

    /** A route that blackholes, rejects or prohibits. */
    public FibTable addRoute(String cidr, RouteType type) {
        Cidr c = Cidr.parse(cidr);
        routes.add(new Route(c.address, c.length, type, 0, null, 0, null, 0));
        return this;
    }

    public FibTable addRoute(Route route) {
        routes.add(Objects.requireNonNull(route, "route"));
        return this;
    }

    public FibTable addNeighbor(int ifindex, String ip, String mac) {
        neighbors.put(ifindex + "/" + address(ip).getHostAddress(), parseMac(mac));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    Interface interfaceOrNull(int ifindex) {
        return interfaces.get(ifindex);
    }

    private Interface interface_(int ifindex) {
        Interface i = interfaces.get(ifindex);
        if (i == null) {
            throw new IllegalArgumentException("no interface " + ifindex + "; add it with addInterface first");
        }
        return i;
    }

    /** The longest-prefix route for an address, or null. */
    Route route(byte[] addr) {
        Route best = null;
        for (Route r : routes) {
            if (r.matches(addr) && (best == null || r.length() > best.length())) {
                best = r;
            }
        }
        return best;
    }

    byte[] neighbor(int ifindex, byte[] addr) {
        try {
            byte[] mac = neighbors.get(ifindex + "/" + InetAddress.getByAddress(addr).getHostAddress());
            return mac == null ? null : mac.clone();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    static InetAddress address(String text) {
        String t = text.strip();
        if (!t.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }

    static byte[] parseMac(String mac) {
        String hex = mac.replace(":", "").replace("-", "");
        if (hex.length() != 12) {
            throw new IllegalArgumentException("not a MAC address: " + mac);
        }
        return HexFormat.of().parseHex(hex);
    }

    private record Cidr(InetAddress address, int length) {
        static Cidr parse(String cidr) {
            int slash = cidr.indexOf('/');
            InetAddress a = FibTable.address(slash < 0 ? cidr : cidr.substring(0, slash));
            int max = a.getAddress().length * 8;
            int len = slash < 0 ? max : Integer.parseInt(cidr.substring(slash + 1).strip());
            if (len < 0 || len > max) {
                throw new IllegalArgumentException("bad prefix length in " + cidr);
            }
            return new Cidr(a, len);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Interface i : interfaces.values()) {
            sb.append("if ").append(i.ifindex()).append(' ').append(HexFormat.ofDelimiter(":").formatHex(i.mac()))
                    .append(" mtu ").append(i.mtu()).append(i.forwarding() ? "" : " noforward").append('\n');
        }
        for (Route r : routes) {
            sb.append(r.prefix().getHostAddress()).append('/').append(r.length()).append(' ').append(r.type());
            if (r.gateway() != null) {
                sb.append(" via ").append(r.gateway().getHostAddress());
            }
            sb.append(" dev ").append(r.ifindex()).append('\n');
        }
        neighbors.forEach((k, v) -> sb.append("neigh ").append(k).append(' ')
                .append(HexFormat.ofDelimiter(":").formatHex(v)).append('\n'));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FibTable f && f.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
