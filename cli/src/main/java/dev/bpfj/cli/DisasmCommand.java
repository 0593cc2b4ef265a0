package dev.bpfj.cli;

import dev.bpfj.emitter.CoreTarget;
import dev.bpfj.emitter.text.ObjectTextWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bpfj disasm OBJ}: the object as text that {@code bpfj asm} reads back. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = {"Disassemble a BPF object: maps, types, programs and functions with their instructions and"
                + " source lines, in the object text format that 'bpfj asm' assembles back into an equivalent object."})
final class DisasmCommand implements Callable<Integer> {
    @Mixin
    ObjectInput input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the text here instead of stdout")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // llvm-objdump's view: the compiler's instructions, unless --btf asks for a target's relocation
        ObjectInput.Opened o = input.open(CoreTarget.NONE);
        String text = ObjectTextWriter.write(o.object(), o.diagnostics());
        if (output != null) {
            Files.writeString(output, text);
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return Main.EXIT_OK;
    }
}
