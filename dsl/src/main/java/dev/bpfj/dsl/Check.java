package dev.bpfj.dsl;

import dev.bpfj.core.XdpAction;
import java.util.function.Consumer;

/**
 * A header not yet known to be inside the packet. Say what happens when it is not, and get the
 * checked {@link Header}: {@code packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS)}.
 *
 * @param <S> the header's layout marker
 */
public final class Check<S> {
    private final Gen gen;
    private final Layout<S> layout;
    private final int base;
    private final int offset;
    private boolean used;

    Check(Gen gen, Layout<S> layout, int base, int offset) {
        this.gen = gen;
        this.layout = layout;
        this.base = base;
        this.offset = offset;
    }

    private void once() {
        if (used) {
            throw gen.error("this header check was resolved already; take the header once and keep the view");
        }
        used = true;
    }

    /** The header, returning {@code action} from the program when the packet is too short. */
    public Header<S> orReturn(XdpAction action) {
        once();
        gen.boundsCheck(base, offset + layout.size(), gen.retLabel(action.value()), true);
        return new Header<>(gen, layout, base, offset);
    }

    /** {@code orReturn(XdpAction.PASS)} */
    public Header<S> orPass() {
        return orReturn(XdpAction.PASS);
    }

    /** {@code orReturn(XdpAction.DROP)} */
    public Header<S> orDrop() {
        return orReturn(XdpAction.DROP);
    }

    /** {@code orReturn(XdpAction.ABORTED)} */
    public Header<S> orAbort() {
        return orReturn(XdpAction.ABORTED);
    }

    /** Runs {@code body} with the header only when the packet is long enough. */
    public Otherwise ifPresent(Consumer<Header<S>> body) {
        once();
        String skip = gen.code().newLabel("short");
        gen.boundsCheck(base, offset + layout.size(), skip, false);
        gen.scoped(() -> {
            gen.rememberCheck(base, offset + layout.size());
            body.accept(new Header<>(gen, layout, base, offset));
        });
        return Otherwise.after(gen, skip);
    }
}
