package dev.bpfj.verifier;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.BpfParseException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.Kfunc;
import dev.bpfj.core.Kfuncs;
import dev.bpfj.core.MapType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A one-program object written as assembly text, for hand-written programs, tests and the CLI:
 * the instructions in {@link AsmParser}'s syntax, preceded by header comments
 *
 * <pre>
 * ; section: xdp
 * ; license: GPL
 * ; map: counters hash 4 8 1024
 * ; map: .rodata array 4 8 1 rdonly data=0500000000000000
 * </pre>
 *
 * <p>A map line gives name, type, key size, value size, max entries, then optionally {@code rdonly}
 * ({@code BPF_F_RDONLY_PROG}) and {@code data=HEX} (initial contents of a data section).
 *
 * <p>{@code ; extern: kfunc NAME [weak]} declares a kfunc the program calls by name ({@code call
 * kfunc[NAME]}); a kfunc named but not declared is a strong extern. {@code ; devbound} loads the
 * program bound to a device ({@code BPF_F_XDP_DEV_BOUND_ONLY}), as the XDP metadata kfuncs require.
 */
public final class AsmObject {
    private AsmObject() {}

    /** Parses the text; {@code file} names it in source locations and errors. */
    public static ObjectSpec parse(String text, String file, String programName) {
        String section = "xdp";
        String license = "GPL";
        List<MapSpec> maps = new ArrayList<>();
        List<ExternSpec> externs = new ArrayList<>();
        boolean devBound = false;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("; devbound")) {
                devBound = true;
            } else if (l.startsWith("; extern:")) {
                externs.add(extern(l.substring(9).strip(), file, i + 1));
            } else if (l.startsWith("; section:")) {
                section = l.substring(10).strip();
            } else if (l.startsWith("; license:")) {
                license = l.substring(10).strip();
            } else if (l.startsWith("; map:")) {
                maps.add(map(l.substring(6).strip(), file, i + 1));
            }
        }
        List<Instruction> insns = AsmParser.parse(text, file).instructions();
        ProgramSpec p = ProgramSpec.of(programName, section, insns);
        if (devBound) {
            p = new ProgramSpec(p.name(), p.section(), p.type(), p.attachType(),
                    p.progFlags() | KfuncChecks.XDP_DEV_BOUND_ONLY, p.typeSource(), p.instructions(), p.functions());
        }
        return new ObjectSpec(List.of(p), maps, license.equals("none") ? "" : license, externs);
    }

    /** {@code kfunc NAME [weak]}: the prototype is the kernel's, which bpfj's kfunc table holds. */
    private static ExternSpec extern(String spec, String file, int line) {
        String[] f = spec.split("\\s+");
        if (f.length < 2 || !f[0].equals("kfunc") || (f.length == 3 && !f[2].equals("weak")) || f.length > 3) {
            throw new BpfParseException(file, line, "an extern line is: kfunc NAME [weak]");
        }
        BtfType.FuncProto proto = Kfuncs.byName(f[1]).map(Kfunc::proto)
                .orElse(new BtfType.FuncProto(BtfType.Int.S32, List.of()));
        return ExternSpec.kfunc(new BtfType.Func(f[1], proto, BtfType.Linkage.EXTERN), f.length == 3);
    }

    private static MapSpec map(String spec, String file, int line) {
        String[] f = spec.split("\\s+");
        if (f.length < 5) {
            throw new BpfParseException(file, line, "a map line needs: name type key_size value_size max_entries");
        }
        MapType type = MapType.parse(f[1]).orElseThrow(() -> new BpfParseException(file, line, "unknown map type " + f[1]));
        try {
            MapSpec.Builder b = MapSpec.builder(f[0], type).keySize(Integer.parseInt(f[2]))
                    .valueSize(Integer.parseInt(f[3])).maxEntries(Integer.parseInt(f[4]));
            int flags = 0;
            for (int i = 5; i < f.length; i++) {
                if (f[i].equals("rdonly")) {
                    flags |= MapSpec.F_RDONLY_PROG;
                } else if (f[i].startsWith("data=")) {
                    b.initialData(HexFormat.of().parseHex(f[i].substring(5))).definition(MapDefinitionKind.DATA_SECTION);
                } else {
                    throw new BpfParseException(file, line, "unknown map option " + f[i]);
                }
            }
            return b.flags(flags).build();
        } catch (IllegalArgumentException e) {
            throw new BpfParseException(file, line, e.getMessage());
        }
    }
}
