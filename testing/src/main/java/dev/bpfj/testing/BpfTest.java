package dev.bpfj.testing;

import dev.bpfj.dsl.XdpProgram;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against one BPF object in the interpreter: each test method gets a fresh
 * {@link dev.bpfj.interpreter.Interpreter} (empty maps) and may declare parameters of type
 * {@code Interpreter}, {@code BpfProgram} ({@link ProgramName} picks one), {@code BpfMap}
 * ({@link MapName}), {@code Environment} or {@code ObjectSpec}. Name exactly one source.
 *
 * <pre>{@code
 * @BpfTest(program = DropUdpPort.class)
 * class DropUdpPortTest {
 *     @Test
 *     void dropsPort9999(BpfProgram xdp, @MapName("drops") BpfMap drops) {
 *         byte[] p = PacketBuilder.ethernet().ipv4().udp().dstPort(9999).build();
 *         assertThat(xdp.run(p)).returns(XdpAction.DROP);
 *         assertThat(drops).hasSum(0, 1);
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(BpfExtension.class)
public @interface BpfTest {
    /** A DSL program class to build. */
    Class<? extends XdpProgram> program() default XdpProgram.class;

    /** An ELF object on the class path. */
    String resource() default "";

    /** An ELF object file, relative to the working directory (the module, under Maven). */
    String file() default "";

    /** Simulated CPUs (values per per-CPU map). */
    int cpus() default 4;

    /** Instructions one run may execute. */
    long instructionLimit() default 10_000_000L;

    /** Let programs read stack bytes they never wrote instead of stopping the run. */
    boolean allowUninitializedStack() default false;
}
