package dev.bpfj.docs.dsl;

import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Function;
import dev.bpfj.dsl.Layout;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import java.util.List;
import java.util.stream.IntStream;

/** Functions and the three kinds of loops. */
@Xdp(name = "loops")
public final class Loops extends XdpProgram {
    // tag::octets[]
    /** The destination MAC as six u8 fields, so a loop can address them by index. */
    static final Layout.Builder<Loops> M = Layout.<Loops>builder("mac_octets").packed();
    static final List<Field<Loops>> OCTET = IntStream.range(0, 6).mapToObj(i -> M.u8("octet" + i)).toList();
    static final Layout<Loops> MAC = M.build();
    // end::octets[]

    final ArrayMap stats = array("stats", ScalarType.U64, 8);

    // tag::function[]
    /** A bpf-to-bpf function: compiled once, however often it is called. */
    final Function square = function("square", ScalarType.U64, args -> ret(args.get(0).mul(args.get(0))), ScalarType.U32);
    // end::function[]

    @Override
    protected void body() {
        var mac = packet().header(MAC).orReturn(PASS);
        // tag::unroll[]
        var sum = local(ScalarType.U32, 0);
        unroll(6, i -> sum.increment(mac.get(OCTET.get(i))));    // i is a Java int: six copies of the body
        stats.lookup(0).ifPresent(s -> s.set(sum));
        // end::unroll[]
        // tag::loop[]
        loop(1, 4, i -> stats.lookup(i).ifPresent(s -> s.set(square.call(i))));   // for (i = 1; i < 4; i++)
        // end::loop[]
        // tag::bpf-loop[]
        var total = local(ScalarType.U64, 0);
        var done = bpfLoop(1000, i -> total.increment(i));       // bpf_loop(1000, callback, &captures, 0)
        stats.lookup(6).ifPresent(s -> s.set(done));              // iterations run
        stats.lookup(7).ifPresent(s -> s.set(total));             // 0 + 1 + ... + 999
        // end::bpf-loop[]
        ret(PASS);
    }
}
