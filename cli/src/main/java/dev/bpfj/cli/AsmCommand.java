package dev.bpfj.cli;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.emitter.text.ObjectTextParser;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bpfj asm FILE.s -o OBJ}: assemble the object text format into an ELF object. */
@Command(name = "asm", mixinStandardHelpOptions = true,
        description = {"Assemble a text file (the format 'bpfj disasm' prints: .license, .map, .data, .program, .func"
                + " directives and instructions) into a BPF ELF object with BTF that libbpf and the kernel load."})
final class AsmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the object text to assemble")
    Path source;

    @Option(names = {"-o", "--output"}, paramLabel = "OBJECT", required = true, description = "the object file to write")
    Path output;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = Files.readString(source);
        } catch (NoSuchFileException e) {
            throw new CliException(source + ": no such file");
        } catch (MalformedInputException e) {
            throw new CliException(source + ": not a UTF-8 text file");
        }
        ObjectSpec spec = ObjectTextParser.parse(text, source.getFileName().toString());
        byte[] bytes = ElfWriter.write(spec);
        try {
            Files.write(output, bytes);
        } catch (IOException e) {
            throw new CliException(output + ": cannot write: " + e.getMessage());
        }
        return Main.EXIT_OK;
    }
}
