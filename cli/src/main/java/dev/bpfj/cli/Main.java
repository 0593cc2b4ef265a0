package dev.bpfj.cli;

import dev.bpfj.core.BpfException;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bpfj}: disassemble, inspect and assemble BPF objects (and, from their modules, verify and
 * run them). Exit codes: 0 success, 2 bad input or usage (one line on stderr), 1 an internal
 * error (one line; {@code BPFJ_DEBUG=1} adds the stack trace).
 *
 * <p>To add a subcommand, write a picocli {@code @Command} class in this package and list it in
 * {@code subcommands} below.
 */
@Command(name = "bpfj", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Write, check and test Linux BPF programs.",
        subcommands = {
            DisasmCommand.class,
            InspectCommand.class,
            AsmCommand.class,
            VerifyCommand.class,
            RunCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing a command: disasm, inspect, asm, verify or run");
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line; what it prints goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            e.println("bpfj: " + ex.getMessage() + " (see " + c.getCommandSpec().qualifiedName() + " --help)");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CliException || ex instanceof BpfException) {
                e.println("bpfj: " + oneLine(ex.getMessage()));
                return EXIT_BAD_INPUT;
            }
            e.println("bpfj: internal error: " + oneLine(String.valueOf(ex)) + " (please report it; BPFJ_DEBUG=1 shows"
                    + " the stack trace)");
            if (System.getenv("BPFJ_DEBUG") != null) {
                ex.printStackTrace(e);
            }
            return EXIT_INTERNAL;
        });
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').strip();
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bpfj " + (v == null ? "dev" : v)};
        }
    }
}
