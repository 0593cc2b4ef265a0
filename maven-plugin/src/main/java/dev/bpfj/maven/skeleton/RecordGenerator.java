package dev.bpfj.maven.skeleton;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.codec.Codec;
import dev.bpfj.core.codec.Codecs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates a Java record with a byte-layout {@link Codec} for each BTF struct a map uses as key or
 * value, and for the structs nested in them. One instance per generated package, so a struct shared
 * by several maps or objects becomes one record.
 */
final class RecordGenerator {
    private static final ClassName CODEC = ClassName.get(Codec.class);
    private static final ClassName CODECS = ClassName.get(Codecs.class);
    private static final ClassName ARRAYS = ClassName.get(Arrays.class);
    private static final ClassName OBJECTS = ClassName.get(Objects.class);

    private final String packageName;
    private final Map<BtfType.Struct, ClassName> names = new LinkedHashMap<>();
    private final Map<ClassName, TypeSpec> generated = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    RecordGenerator(String packageName) {
        this.packageName = packageName;
    }

    /** The records generated so far, in dependency order (nested structs first). */
    Map<ClassName, TypeSpec> records() {
        return generated;
    }

    /** Reserves a top-level name so records do not collide with it. */
    void reserve(String simpleName) {
        taken.add(simpleName);
    }

    /** The record for a struct, generating it (and its nested structs) on first use. */
    ClassName recordFor(BtfType.Struct struct, String fallbackName) {
        ClassName existing = names.get(struct);
        if (existing != null) {
            return existing;
        }
        String base = JavaNames.typeName(struct.name().isEmpty() ? fallbackName : struct.name());
        String simple = base;
        for (int n = 2; !taken.add(simple); n++) {
            simple = base + n;
        }
        ClassName name = ClassName.get(packageName, simple);
        names.put(struct, name);
        generated.put(name, build(name, struct));
        return name;
    }

    /** How one member is typed, read and written. */
    private record Field(String name, TypeName type, CodeBlock read, CodeBlock write, boolean array, String cDecl) {}

    private TypeSpec build(ClassName name, BtfType.Struct struct) {
        List<Field> fields = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (BtfType.Member m : struct.members()) {
            String fname = JavaNames.fieldName(m.name().isEmpty() ? "anon" + fields.size() : m.name());
            for (int n = 2; !used.add(fname); n++) {
                fname = JavaNames.fieldName(m.name()) + n;
            }
            fields.add(field(name.simpleName(), fname, m));
        }

        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Field f : fields) {
            ctor.addParameter(ParameterSpec.builder(f.type(), f.name()).build());
        }
        TypeSpec.Builder rec = TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC)
                .recordConstructor(ctor.build())
                .addJavadoc("{@code $L}, $L bytes, as BTF describes it.\n", cDeclaration(struct), struct.size());
        for (Field f : fields) {
            rec.addJavadoc("\n@param $L {@code $L}", f.name(), f.cDecl());
        }
        rec.addJavadoc("\n");
        rec.addField(FieldSpec.builder(TypeName.INT, "SIZE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Bytes of the encoded struct.\n").initializer("$L", struct.size()).build());
        rec.addField(FieldSpec.builder(ParameterizedTypeName.get(CODEC, name), "CODEC",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Encodes and decodes the struct's bytes (little-endian, the host order of map data).\n")
                .initializer("$L", codec(name, fields)).build());
        if (fields.stream().anyMatch(Field::array)) {
            addArrayAwareObjectMethods(rec, name, fields);
        }
        return rec.build();
    }

    private TypeSpec codec(ClassName name, List<Field> fields) {
        MethodSpec size = MethodSpec.methodBuilder("size").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT).addStatement("return SIZE").build();
        MethodSpec.Builder write = MethodSpec.methodBuilder("write").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).addParameter(name, "value").addParameter(byte[].class, "out")
                .addParameter(TypeName.INT, "offset");
        for (Field f : fields) {
            write.addCode(f.write());
        }
        MethodSpec.Builder read = MethodSpec.methodBuilder("read").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(name).addParameter(byte[].class, "in")
                .addParameter(TypeName.INT, "offset");
        List<CodeBlock> args = new ArrayList<>();
        for (Field f : fields) {
            if (f.read().toString().contains("\n")) {
                read.addCode(f.read());
                args.add(CodeBlock.of("$L", f.name()));
            } else {
                args.add(f.read());
            }
        }
        read.addStatement("return new $T($L)", name, CodeBlock.join(args, ",\n"));
        return TypeSpec.anonymousClassBuilder("").addSuperinterface(ParameterizedTypeName.get(CODEC, name))
                .addMethod(size).addMethod(write.build()).addMethod(read.build()).build();
    }

    private Field field(String owner, String fname, BtfType.Member m) {
        BtfType t = m.type().resolve();
        int off = m.bitOffset() / 8;
        String cDecl = m.type() + " " + m.name() + (m.bitfieldSize() > 0 ? ":" + m.bitfieldSize() : "");
        if (m.bitfieldSize() > 0 || (t instanceof BtfType.Int i && (i.bitOffset() != 0 || i.bits() != i.size() * 8))) {
            return bitfield(fname, m, t, cDecl);
        }
        switch (t) {
            case BtfType.Int i when i.size() > 1 && i.size() <= 8 && networkOrder(m.type()) -> {
                return bigEndian(fname, i.size(), off, cDecl);
            }
            case BtfType.Int i when i.size() <= 8 -> {
                return scalar(fname, i.size(), i.isSigned(), (i.encoding() & BtfType.Int.BOOL) != 0,
                        (i.encoding() & BtfType.Int.CHAR) != 0, off, cDecl);
            }
            case BtfType.Enum e -> {
                return scalar(fname, e.size(), e.signed(), false, false, off, cDecl);
            }
            case BtfType.Ptr p -> {
                return scalar(fname, 8, false, false, false, off, cDecl);
            }
            case BtfType.Float f when f.size() == 4 || f.size() == 8 -> {
                boolean single = f.size() == 4;
                return new Field(fname, single ? TypeName.FLOAT : TypeName.DOUBLE,
                        single ? CodeBlock.of("$T.intBitsToFloat((int) $T.getUnsigned(in, $L, 4))", Float.class, CODECS, at(off))
                                : CodeBlock.of("$T.longBitsToDouble($T.getLong(in, $L))", Double.class, CODECS, at(off)),
                        single ? CodeBlock.of("$T.putUnsigned(out, $L, 4, $T.floatToRawIntBits(value.$L()));\n", CODECS, at(off), Float.class, fname)
                                : CodeBlock.of("$T.putLong(out, $L, $T.doubleToRawLongBits(value.$L()));\n", CODECS, at(off), Double.class, fname),
                        false, cDecl);
            }
            case BtfType.Struct s when !s.union() -> {
                ClassName nested = recordFor(s, owner + JavaNames.typeName(m.name()));
                return new Field(fname, nested, CodeBlock.of("$T.CODEC.read(in, $L)", nested, at(off)),
                        CodeBlock.of("$T.CODEC.write(value.$L(), out, $L);\n", nested, fname, at(off)), false, cDecl);
            }
            case BtfType.Array a -> {
                return array(owner, fname, m, a, off, cDecl);
            }
            default -> {
                return raw(fname, Math.max(0, t.size()), off, cDecl);
            }
        }
    }

    private static Field scalar(String fname, int size, boolean signed, boolean bool, boolean chr, int off, String cDecl) {
        if (bool && size == 1) {
            return new Field(fname, TypeName.BOOLEAN, CodeBlock.of("in[$L] != 0", at(off)),
                    CodeBlock.of("out[$L] = (byte) (value.$L() ? 1 : 0);\n", at(off), fname), false, cDecl);
        }
        TypeName type = javaType(size, signed || chr);
        CodeBlock read;
        if (size == 8) {
            read = CodeBlock.of("$T.getLong(in, $L)", CODECS, at(off));
        } else if (signed || chr) {
            read = CodeBlock.of("($T) $T.getSigned(in, $L, $L)", type, CODECS, at(off), size);
        } else {
            read = CodeBlock.of("(int) $T.getUnsigned(in, $L, $L)", CODECS, at(off), size);
        }
        return new Field(fname, type, read, CodeBlock.of("$T.putUnsigned(out, $L, $L, value.$L());\n", CODECS, at(off), size, fname),
                false, cDecl);
    }

    /** Whether the type is one of the kernel's network-order typedefs ({@code __be16}, {@code __be32}, {@code __be64}). */
    private static boolean networkOrder(BtfType type) {
        for (BtfType t = type; t != null; ) {
            switch (t) {
                case BtfType.Typedef td -> {
                    if (td.name().startsWith("__be")) {
                        return true;
                    }
                    t = td.type();
                }
                case BtfType.Qualifier q -> t = q.type();
                default -> t = null;
            }
        }
        return false;
    }

    /** A network-order field: the record holds the number, the bytes are big-endian. */
    private static Field bigEndian(String fname, int size, int off, String cDecl) {
        TypeName type = size == 8 ? TypeName.LONG : TypeName.INT;
        CodeBlock read = size == 8 ? CodeBlock.of("$T.getUnsignedBigEndian(in, $L, 8)", CODECS, at(off))
                : CodeBlock.of("(int) $T.getUnsignedBigEndian(in, $L, $L)", CODECS, at(off), size);
        return new Field(fname, type, read,
                CodeBlock.of("$T.putUnsignedBigEndian(out, $L, $L, value.$L());\n", CODECS, at(off), size, fname),
                false, cDecl + " (network byte order)");
    }

    /** Signed C integers keep their width; unsigned ones widen to int (u8, u16, u32 as its bits) or long. */
    private static TypeName javaType(int size, boolean signed) {
        if (size == 8) {
            return TypeName.LONG;
        }
        if (!signed) {
            return TypeName.INT;
        }
        return switch (size) {
            case 1 -> TypeName.BYTE;
            case 2 -> TypeName.SHORT;
            default -> TypeName.INT;
        };
    }

    private static Field bitfield(String fname, BtfType.Member m, BtfType t, String cDecl) {
        int extra = t instanceof BtfType.Int i ? i.bitOffset() : 0;
        int bitOff = m.bitOffset() + extra;
        int bits = m.bitfieldSize() > 0 ? m.bitfieldSize() : ((BtfType.Int) t).bits();
        int first = bitOff / 8;
        int span = (bitOff + bits - 1) / 8 - first + 1;
        int shift = bitOff % 8;
        if (span > 8) {
            return raw(fname, span, first, cDecl);
        }
        boolean wide = bits > 32;
        String mask = bits == 64 ? "-1L" : "0x" + Long.toHexString((1L << bits) - 1) + "L";
        CodeBlock read = CodeBlock.of("($T) (($T.getUnsigned(in, $L, $L) >>> $L) & $L)",
                wide ? TypeName.LONG : TypeName.INT, CODECS, at(first), span, shift, mask);
        CodeBlock write = CodeBlock.of("$T.putUnsigned(out, $L, $L, ($T.getUnsigned(out, $L, $L) & ~($L << $L)) | ((value.$L() & $L) << $L));\n",
                CODECS, at(first), span, CODECS, at(first), span, mask, shift, fname, mask, shift);
        return new Field(fname, wide ? TypeName.LONG : TypeName.INT, read, write, false, cDecl);
    }

    private Field array(String owner, String fname, BtfType.Member m, BtfType.Array a, int off, String cDecl) {
        BtfType e = a.element().resolve();
        int n = a.count();
        int es = e.size();
        if (e instanceof BtfType.Int i && i.size() == 1 && (i.encoding() & BtfType.Int.BOOL) == 0) {
            return raw(fname, n, off, cDecl);
        }
        if ((e instanceof BtfType.Int i && i.size() <= 8 && i.bits() == i.size() * 8 && i.bitOffset() == 0)
                || e instanceof BtfType.Enum) {
            boolean signed = e instanceof BtfType.Int i ? i.isSigned() : ((BtfType.Enum) e).signed();
            TypeName elem = (e instanceof BtfType.Int i && (i.encoding() & BtfType.Int.BOOL) != 0) ? TypeName.BOOLEAN
                    : javaType(es, signed);
            CodeBlock get = elem == TypeName.BOOLEAN ? CodeBlock.of("in[$L + i] != 0", at(off))
                    : es == 8 ? CodeBlock.of("$T.getLong(in, $L + i * 8)", CODECS, at(off))
                    : signed ? CodeBlock.of("($T) $T.getSigned(in, $L + i * $L, $L)", elem, CODECS, at(off), es, es)
                    : CodeBlock.of("(int) $T.getUnsigned(in, $L + i * $L, $L)", CODECS, at(off), es, es);
            CodeBlock put = elem == TypeName.BOOLEAN
                    ? CodeBlock.of("out[$L + i] = (byte) (value.$L()[i] ? 1 : 0)", at(off), fname)
                    : CodeBlock.of("$T.putUnsigned(out, $L + i * $L, $L, value.$L()[i])", CODECS, at(off), es, es, fname);
            CodeBlock read = CodeBlock.builder()
                    .addStatement("$T $L = new $T[$L]", ArrayTypeName.of(elem), fname, elem, n)
                    .beginControlFlow("for (int i = 0; i < $L; i++)", n)
                    .addStatement("$L[i] = $L", fname, get)
                    .endControlFlow().build();
            CodeBlock write = CodeBlock.builder()
                    .add(lengthCheck(fname, "value." + fname + "().length", n))
                    .beginControlFlow("for (int i = 0; i < $L; i++)", n)
                    .addStatement(put)
                    .endControlFlow().build();
            return new Field(fname, ArrayTypeName.of(elem), read, write, true, cDecl);
        }
        if (e instanceof BtfType.Struct s && !s.union()) {
            ClassName nested = recordFor(s, owner + JavaNames.typeName(m.name()));
            TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), nested);
            CodeBlock read = CodeBlock.builder()
                    .addStatement("$T<$T> $LItems = new $T<>($L)", List.class, nested, fname, ArrayList.class, n)
                    .beginControlFlow("for (int i = 0; i < $L; i++)", n)
                    .addStatement("$LItems.add($T.CODEC.read(in, $L + i * $L))", fname, nested, at(off), es)
                    .endControlFlow()
                    .addStatement("$T<$T> $L = $T.copyOf($LItems)", List.class, nested, fname, List.class, fname)
                    .build();
            CodeBlock write = CodeBlock.builder()
                    .add(lengthCheck(fname, "value." + fname + "().size()", n))
                    .beginControlFlow("for (int i = 0; i < $L; i++)", n)
                    .addStatement("$T.CODEC.write(value.$L().get(i), out, $L + i * $L)", nested, fname, at(off), es)
                    .endControlFlow().build();
            return new Field(fname, list, read, write, false, cDecl);
        }
        return raw(fname, Math.max(0, a.size()), off, cDecl);
    }

    private static CodeBlock lengthCheck(String fname, String lengthExpr, int n) {
        return CodeBlock.builder()
                .beginControlFlow("if ($L != $L)", lengthExpr, n)
                .addStatement("throw new $T($S + $L)", IllegalArgumentException.class,
                        fname + " must hold " + n + " elements, not ", lengthExpr)
                .endControlFlow().build();
    }

    private static Field raw(String fname, int n, int off, String cDecl) {
        CodeBlock read = CodeBlock.of("$T.copyOfRange(in, $L, $L)", ARRAYS, at(off), at(off + n));
        CodeBlock write = CodeBlock.builder()
                .add(lengthCheck(fname, "value." + fname + "().length", n))
                .addStatement("$T.arraycopy(value.$L(), 0, out, $L, $L)", System.class, fname, at(off), n).build();
        return new Field(fname, ArrayTypeName.of(TypeName.BYTE), read, write, true, cDecl);
    }

    private static void addArrayAwareObjectMethods(TypeSpec.Builder rec, ClassName name, List<Field> fields) {
        List<CodeBlock> eq = new ArrayList<>();
        List<CodeBlock> hashParts = new ArrayList<>();
        List<CodeBlock> str = new ArrayList<>();
        for (Field f : fields) {
            String n = f.name();
            if (f.array()) {
                eq.add(CodeBlock.of("$T.equals($L, other.$L)", ARRAYS, n, n));
                hashParts.add(CodeBlock.of("$T.hashCode($L)", ARRAYS, n));
                str.add(CodeBlock.of("$S + $T.toString($L)", n + "=", ARRAYS, n));
            } else {
                TypeName t = f.type();
                if (t == TypeName.FLOAT || t == TypeName.DOUBLE) {
                    eq.add(CodeBlock.of("$T.compare($L, other.$L) == 0", t.box(), n, n));
                } else if (t.isPrimitive()) {
                    eq.add(CodeBlock.of("$L == other.$L", n, n));
                } else {
                    eq.add(CodeBlock.of("$T.equals($L, other.$L)", OBJECTS, n, n));
                }
                hashParts.add(CodeBlock.of("$T.hashCode($L)", OBJECTS, n));
                str.add(CodeBlock.of("$S + $L", n + "=", n));
            }
        }
        rec.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN).addParameter(Object.class, "o")
                .addStatement("return o instanceof $T other\n&& $L", name, CodeBlock.join(eq, "\n&& ")).build());
        CodeBlock.Builder hash = CodeBlock.builder().addStatement("int h = 0");
        for (CodeBlock part : hashParts) {
            hash.addStatement("h = 31 * h + $L", part);
        }
        rec.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT).addCode(hash.build()).addStatement("return h").build());
        rec.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + $L + $S", name.simpleName() + "[", CodeBlock.join(str, " + \", \" + "), "]")
                .build());
    }

    /** The position of a field: {@code offset}, or {@code offset + 8}. */
    private static CodeBlock at(int fieldOffset) {
        return fieldOffset == 0 ? CodeBlock.of("offset") : CodeBlock.of("offset + $L", fieldOffset);
    }

    private static String cDeclaration(BtfType.Struct s) {
        return (s.union() ? "union " : "struct ") + (s.name().isEmpty() ? "(anonymous)" : s.name());
    }
}
