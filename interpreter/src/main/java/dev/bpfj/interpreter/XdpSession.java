package dev.bpfj.interpreter;

import dev.bpfj.core.XdpAction;
import java.util.List;

/**
 * A prepared XDP buffer that one program runs on again and again without being reset, as
 * {@code BPF_PROG_TEST_RUN} with {@code repeat} does; {@link #run()} allocates nothing, which makes
 * sessions the way to measure the interpreter. Another run on the same interpreter reloads the
 * buffer; prepare the session again afterwards.
 */
public final class XdpSession {
    private final Interpreter owner;
    private final Code.Program program;
    private final XdpInput input;
    private long ctx;
    private long r0;

    XdpSession(Interpreter owner, Code.Program program, XdpInput input) {
        this.owner = owner;
        this.program = program;
        this.input = input;
        reset();
    }

    /** Loads the input into the buffer again. */
    public void reset() {
        owner.prepareXdp(program, input);
        owner.machine.events.clear();
        this.ctx = Memory.address(owner.xdp.ctx, 0);
    }

    /** Runs the program once more; returns R0. */
    public long run() {
        owner.machine.events.clear();
        r0 = owner.execute(program, ctx);
        return r0;
    }

    /** The state after the last run, as a result. */
    public RunResult result() {
        return new RunResult(program.name(), r0, XdpAction.of(r0), owner.xdp.output(), owner.xdp.metaLength(),
                owner.machine.redirect, owner.machine.events, owner.vm.count, List.of(), null);
    }
}
