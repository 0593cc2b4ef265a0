package dev.bpfj.kernel;

import dev.bpfj.core.BpfFormatException;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.emitter.btf.Btf;
import dev.bpfj.emitter.btf.TargetBtf;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The running kernel's own BTF ({@code /sys/kernel/btf/vmlinux}, readable without root), read with the
 * emitter's BTF reader: what libbpf consults to turn kfunc and ksym names into BTF ids and to check
 * that an object's declaration of them fits the kernel's.
 */
public final class KernelBtf {
    public static final Path VMLINUX = TargetBtf.VMLINUX;

    private static volatile KernelBtf vmlinux;

    private final Btf btf;

    private KernelBtf(Btf btf) {
        this.btf = btf;
    }

    /**
     * The kernel's BTF, read once.
     *
     * @throws KernelException when it cannot be read (a kernel built without CONFIG_DEBUG_INFO_BTF)
     */
    public static KernelBtf vmlinux() {
        KernelBtf k = vmlinux;
        if (k == null) {
            synchronized (KernelBtf.class) {
                k = vmlinux;
                if (k == null) {
                    // the one parse CO-RE relocation made already, if it did (vmlinux BTF is ~5 MB)
                    k = TargetBtf.kernel().map(t -> new KernelBtf(t.btf())).orElseGet(() -> of(VMLINUX));
                    vmlinux = k;
                }
            }
        }
        return k;
    }

    /** Reads a (non-split) kernel BTF file. */
    public static KernelBtf of(Path file) {
        try {
            return new KernelBtf(Btf.parse(Files.readAllBytes(file), ByteOrder.nativeOrder()));
        } catch (IOException e) {
            throw new KernelException("cannot read the kernel's BTF " + file + " (" + e.getMessage()
                    + "): kfuncs and ksyms need a kernel with CONFIG_DEBUG_INFO_BTF", 0);
        } catch (BpfFormatException e) {
            throw new KernelException("cannot parse the kernel's BTF " + file + ": " + e.getMessage(), 0);
        }
    }

    public Btf btf() {
        return btf;
    }

    /** The id of the kernel function of this name, as {@code btf__find_by_name_kind(.., BTF_KIND_FUNC)}. */
    public OptionalInt function(String name) {
        return btf.find(BtfType.KIND_FUNC, name);
    }

    /** The id of the kernel variable (a per-CPU variable: vmlinux BTF describes only those) of this name. */
    public OptionalInt variable(String name) {
        return btf.find(BtfType.KIND_VAR, name);
    }

    /**
     * libbpf's {@code bpf_core_types_are_compat}: whether an object's declaration of a type fits the
     * kernel type {@code targetId}. Structs and unions match any struct or union of the same kind,
     * enums any enum, integers any integer; pointers and arrays compare what they point to,
     * prototypes their parameter count, every parameter and the return type.
     */
    public boolean compatible(BtfType local, int targetId) {
        return compatible(local, targetId, 32) > 0;
    }

    private int compatible(BtfType local, int targetId, int level) {
        BtfType l = local;
        int t = targetId;
        for (int depth = 32; depth > 0; depth--) {
            l = l.resolve();
            t = btf.skipModifiers(t);
            int lk = l.kind();
            int tk = btf.kind(t);
            boolean enums = (lk == BtfType.KIND_ENUM || lk == BtfType.KIND_ENUM64)
                    && (tk == BtfType.KIND_ENUM || tk == BtfType.KIND_ENUM64);
            if (lk != tk && !enums) {
                return 0;
            }
            switch (l) {
                case BtfType.Void v -> {
                    return 1;
                }
                case BtfType.Struct s -> {
                    return 1;
                }
                case BtfType.Enum e -> {
                    return 1;
                }
                case BtfType.Fwd f -> {
                    return 1;
                }
                case BtfType.Int i -> {
                    return i.bitOffset() == 0 && btf.intBitOffset(t) == 0 ? 1 : 0;
                }
                case BtfType.Ptr p -> {
                    l = p.target();
                    t = btf.sizeOrType(t);
                }
                case BtfType.Array a -> {
                    l = a.element();
                    t = btf.array(t)[0];
                }
                case BtfType.FuncProto fp -> {
                    int[][] params = btf.params(t);
                    if (params.length != fp.params().size()) {
                        return 0;
                    }
                    for (int i = 0; i < params.length; i++) {
                        if (level <= 0) {
                            return -1;
                        }
                        int r = compatible(fp.params().get(i).type(), params[i][1], level - 1);
                        if (r <= 0) {
                            return r;
                        }
                    }
                    l = fp.returnType();
                    t = btf.sizeOrType(t);
                }
                default -> {
                    return 0;
                }
            }
        }
        return -1;
    }
}
