package dev.bpfj.testing;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.Environment;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link BpfTest}; it can also be registered programmatically:
 *
 * <pre>{@code
 * @RegisterExtension
 * final BpfExtension bpf = BpfExtension.of(DropUdpPort.class);
 *
 * @Test
 * void drops() {
 *     assertThat(bpf.run(packet)).returns(XdpAction.DROP);
 *     assertThat(bpf.map("drops")).hasSum(0, 1);
 * }
 * }</pre>
 *
 * <p>The object is built (or read) once per test class; every test method gets a fresh interpreter.
 */
public final class BpfExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BpfExtension.class);

    private final Supplier<ObjectSpec> source;
    private final Options options;
    private Interpreter current;

    private record Options(int cpus, long instructionLimit, boolean allowUninitializedStack) {
        static final Options DEFAULT = new Options(4, 10_000_000L, false);
    }

    /** For {@link BpfTest}: the source comes from the annotation. */
    public BpfExtension() {
        this.source = null;
        this.options = null;
    }

    private BpfExtension(Supplier<ObjectSpec> source, Options options) {
        this.source = source;
        this.options = options;
    }

    public static BpfExtension of(ObjectSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new BpfExtension(() -> spec, Options.DEFAULT);
    }

    public static BpfExtension of(Class<? extends XdpProgram> program) {
        return new BpfExtension(() -> BpfObjects.fromClass(program), Options.DEFAULT);
    }

    public static BpfExtension ofResource(String resource) {
        return new BpfExtension(() -> BpfObjects.fromResource(resource), Options.DEFAULT);
    }

    public static BpfExtension ofFile(Path file) {
        return new BpfExtension(() -> BpfObjects.fromFile(file), Options.DEFAULT);
    }

    /** The same source with another number of simulated CPUs. */
    public BpfExtension cpus(int n) {
        return new BpfExtension(source, new Options(n, options.instructionLimit(), options.allowUninitializedStack()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext classContext = context.getParent().orElse(context);
        BpfTest annotation = context.getRequiredTestClass().getAnnotation(BpfTest.class);
        Options opts = options != null ? options : annotation == null ? Options.DEFAULT
                : new Options(annotation.cpus(), annotation.instructionLimit(), annotation.allowUninitializedStack());
        ObjectSpec spec = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(
                "spec:" + System.identityHashCode(this), k -> load(annotation, context), ObjectSpec.class);
        Interpreter.Builder b = Interpreter.builder(spec).cpus(opts.cpus()).instructionLimit(opts.instructionLimit());
        if (opts.allowUninitializedStack()) {
            b.allowUninitializedStack();
        }
        current = b.build();
        context.getStore(NAMESPACE).put("interpreter", current);
    }

    private ObjectSpec load(BpfTest annotation, ExtensionContext context) {
        if (source != null) {
            return source.get();
        }
        if (annotation == null) {
            throw new ExtensionConfigurationException(context.getRequiredTestClass().getName()
                    + " uses BpfExtension without @BpfTest; annotate the class or register BpfExtension.of(...)");
        }
        int given = (annotation.program() != XdpProgram.class ? 1 : 0) + (annotation.resource().isEmpty() ? 0 : 1)
                + (annotation.file().isEmpty() ? 0 : 1);
        if (given != 1) {
            throw new ExtensionConfigurationException("@BpfTest on " + context.getRequiredTestClass().getSimpleName()
                    + " needs exactly one of program, resource or file");
        }
        if (annotation.program() != XdpProgram.class) {
            return BpfObjects.fromClass(annotation.program());
        }
        if (!annotation.resource().isEmpty()) {
            return BpfObjects.fromResource(annotation.resource());
        }
        return BpfObjects.fromFile(Path.of(annotation.file()));
    }

    private Interpreter interpreter(ExtensionContext context) {
        Interpreter vm = context.getStore(NAMESPACE).get("interpreter", Interpreter.class);
        if (vm == null) {
            throw new ParameterResolutionException("no interpreter yet: BPF parameters are for test methods");
        }
        return vm;
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext context) {
        Class<?> t = p.getParameter().getType();
        return t == Interpreter.class || t == BpfProgram.class || t == BpfMap.class || t == Environment.class
                || t == ObjectSpec.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext context) {
        Interpreter vm = interpreter(context);
        Class<?> t = p.getParameter().getType();
        if (t == Interpreter.class) {
            return vm;
        }
        if (t == Environment.class) {
            return vm.environment();
        }
        if (t == ObjectSpec.class) {
            return vm.spec();
        }
        if (t == BpfProgram.class) {
            return p.findAnnotation(ProgramName.class).map(n -> vm.program(n.value())).orElseGet(vm::program);
        }
        return p.findAnnotation(MapName.class).map(n -> vm.map(n.value())).orElseGet(() -> {
            if (vm.maps().size() != 1) {
                throw new ParameterResolutionException("parameter " + p.getParameter().getName() + " of "
                        + p.getDeclaringExecutable().getName() + ": the object has " + vm.maps().size()
                        + " maps; say which with @MapName");
            }
            return vm.maps().get(0);
        });
    }

    // ---- programmatic use ----

    /** The current test's interpreter. */
    public Interpreter interpreter() {
        if (current == null) {
            throw new IllegalStateException("no test is running yet");
        }
        return current;
    }

    public BpfProgram program() {
        return interpreter().program();
    }

    public BpfProgram program(String name) {
        return interpreter().program(name);
    }

    public BpfMap map(String name) {
        return interpreter().map(name);
    }

    public Environment environment() {
        return interpreter().environment();
    }

    /** Runs the object's first program on a packet. */
    public RunResult run(byte[] packet) {
        return program().run(packet);
    }
}
