package dev.bpfj.samples;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import java.util.List;

/**
 * Every sample program, in the order the samples README lists them, for tools that go through all of
 * them (the size report, the build benchmark, the tests). Each sample's C twin is {@code c/<name>.c}.
 */
public final class Catalog {
    private Catalog() {}

    public static final List<Class<? extends XdpProgram>> ALL = List.of(PassAll.class, DropUdpPort.class,
            ProtocolCounters.class, Parser.class, PortRewrite.class, VlanPop.class, VlanPush.class, EchoReply.class,
            DevmapRedirect.class, Router.class, XskRedirect.class, PrefixBlocklist.class, RateLimiter.class,
            TailTimestamp.class);

    /** The program name a sample declares in its {@code @Xdp} (its object is {@code <name>.bpf.o}). */
    public static String name(Class<? extends XdpProgram> sample) {
        return sample.getAnnotation(Xdp.class).name();
    }
}
