package dev.bpfj.maven.skeleton;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.bpfj.core.AsmParser;
import dev.bpfj.core.MapType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Member;
import dev.bpfj.core.codec.Codec;
import dev.bpfj.core.spec.MapRef;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

class SkeletonGeneratorTest {

    static final BtfType.Struct ADDR = new BtfType.Struct("in6_addr_words", 16,
            List.of(new Member("words", new BtfType.Array(BtfType.Typedef.U32, 4), 0)));
    static final BtfType.Struct FLOW_KEY = new BtfType.Struct("flow_key", 40, List.of(
            new Member("src", ADDR, 0),
            new Member("dst_mac", new BtfType.Array(BtfType.Typedef.U8, 6), 128),
            new Member("sport", new BtfType.Typedef("__be16", BtfType.Typedef.U16), 176),
            new Member("proto", BtfType.Typedef.U8, 192),
            new Member("flags", BtfType.Typedef.U8, 200, 3),
            new Member("tos", BtfType.Typedef.U8, 203, 5),
            new Member("vlan", BtfType.Int.S16, 208),
            new Member("ifindex", BtfType.Int.S32, 224),
            new Member("class", BtfType.Int.S64, 256)));
    static final BtfType.Struct STATS = new BtfType.Struct("flow_stats", 24, List.of(
            new Member("packets", BtfType.Typedef.U64, 0),
            new Member("bytes", BtfType.Typedef.U64, 64),
            new Member("last_seen", BtfType.Typedef.U32, 128),
            new Member("dropped", new BtfType.Int("_Bool", 1, BtfType.Int.BOOL, 8, 0), 160)));

    static ObjectSpec object() {
        MapSpec flows = MapSpec.builder("flows", MapType.LRU_HASH).keyType(FLOW_KEY).valueType(STATS).maxEntries(1024).build();
        MapSpec drops = MapSpec.builder("drop_counts", MapType.PERCPU_ARRAY).keyType(BtfType.Typedef.U32)
                .valueType(BtfType.Typedef.U64).maxEntries(256).build();
        MapSpec devs = MapSpec.builder("tx_ports", MapType.DEVMAP).keySize(4).valueSize(4).maxEntries(8).build();
        MapSpec events = MapSpec.builder("events", MapType.RINGBUF).maxEntries(4096).build();
        ProgramSpec p = ProgramSpec.of("xdp_flow", "xdp", AsmParser.parse("r0 = 2\nexit"));
        return new ObjectSpec(List.of(p), List.of(flows, drops, devs, events), "GPL");
    }

    @Test
    void generatedSourcesCompileWithoutWarningsAndRoundTrip() throws Exception {
        SkeletonGenerator gen = new SkeletonGenerator("com.example.bpf");
        gen.add(object(), "xdp_flow.bpf.o", "bpf/xdp_flow.bpf.o");
        List<JavaFile> files = gen.files();
        assertThat(files).extracting(f -> f.typeSpec().name())
                .containsExactly("XdpFlowSkeleton", "In6AddrWords", "FlowKey", "FlowStats");

        Path out = Files.createDirectories(Path.of("target", "skeleton-test", "src"));
        for (JavaFile f : files) {
            f.writeTo(out);
        }
        String skeleton = files.get(0).toString();
        assertThat(skeleton).contains("public static final MapRef<FlowKey, FlowStats> FLOWS")
                .contains("public static final MapRef<Integer, Long> DROP_COUNTS")
                .contains("public static final String EVENTS = \"events\"")
                .contains("public static final String XDP_FLOW = \"xdp_flow\"");

        ClassLoader loader = compile(out);
        Class<?> keyClass = loader.loadClass("com.example.bpf.FlowKey");
        Class<?> addrClass = loader.loadClass("com.example.bpf.In6AddrWords");
        Object addr = addrClass.getDeclaredConstructors()[0].newInstance((Object) new int[] {1, 2, 3, -4});
        Object key = keyClass.getDeclaredConstructors()[0].newInstance(addr, new byte[] {1, 2, 3, 4, 5, 6}, 0xbeef,
                17, 5, 21, (short) -3, -7, 123456789012L);
        @SuppressWarnings("unchecked")
        Codec<Object> codec = (Codec<Object>) keyClass.getField("CODEC").get(null);
        byte[] bytes = codec.encode(key);
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(
                "01000000" + "02000000" + "03000000" + "fcffffff" // src words
                        + "010203040506" + "beef" // dst_mac, sport (__be16: network order)
                        + "11" + "ad" // proto, flags(3 bits)=5 | tos(5 bits)=21 << 3
                        + "fdff" // vlan
                        + "f9ffffff" // ifindex
                        + "141a99be1c000000"); // class = 123456789012
        assertThat(codec.decode(bytes)).isEqualTo(key);
        assertThat(keyClass.getField("SIZE").getInt(null)).isEqualTo(40);

        Class<?> skel = loader.loadClass("com.example.bpf.XdpFlowSkeleton$Maps");
        MapRef<?, ?> flows = (MapRef<?, ?>) skel.getField("FLOWS").get(null);
        assertThat(flows.name()).isEqualTo("flows");
        assertThat(flows.key().size()).isEqualTo(40);
        assertThat(flows.value().size()).isEqualTo(24);
        List<String> components = new ArrayList<>();
        for (RecordComponent c : loader.loadClass("com.example.bpf.FlowStats").getRecordComponents()) {
            components.add(c.getType().getSimpleName() + " " + c.getName());
        }
        assertThat(components).containsExactly("long packets", "long bytes", "int lastSeen", "boolean dropped");
    }

    /** Every clang-built fixture (map-in-map, kfuncs, CO-RE, legacy maps, kernel structs as keys) gives a skeleton that compiles cleanly. */
    @Test
    void everyFixtureGivesASkeletonThatCompilesWithoutWarnings() throws Exception {
        Path fixtures = Path.of("../fixtures");
        Path out = Files.createDirectories(Path.of("target", "skeleton-fixtures", "src"));
        List<String> names;
        try (var list = Files.list(fixtures)) {
            names = list.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".o")).sorted().toList();
        }
        int classes = 0;
        for (String name : names) {
            ObjectSpec spec = dev.bpfj.emitter.ElfReader.read(fixtures.resolve(name)).object();
            SkeletonGenerator gen = new SkeletonGenerator("fixture." + name.replace(".o", "").replace('-', '_'));
            gen.add(spec, name, "bpf/" + name);
            for (JavaFile f : gen.files()) {
                f.writeTo(out);
                classes++;
            }
        }
        compile(out);
        assertThat(classes).as("classes generated from %d fixtures", names.size()).isGreaterThan(names.size());
    }

    private static ClassLoader compile(Path src) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(src.resolveSibling("classes"));
        List<File> sources;
        try (var walk = Files.walk(src)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        String cp = Path.of(MapRef.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
            StringWriter messages = new StringWriter();
            boolean ok = javac.getTask(messages, fm, diagnostics,
                    List.of("-Xlint:all", "-Werror", "-classpath", cp, "-d", classes.toString()), null,
                    fm.getJavaFileObjectsFromFiles(sources)).call();
            assertThat(diagnostics.getDiagnostics()).as(messages.toString()).isEmpty();
            assertThat(ok).isTrue();
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL(), Path.of(cp).toUri().toURL()},
                SkeletonGeneratorTest.class.getClassLoader());
    }
}
