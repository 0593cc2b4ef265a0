package dev.bpfj.docs.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.docs.Expected;
import dev.bpfj.docs.dsl.FlowCounter;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.maven.skeleton.SkeletonGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the skeleton goal generates for an object, as maven-plugin.md shows it: here the object of the
 * DSL guide's FlowCounter (a hash map with a struct key and a struct value), written and read back as
 * the goal reads any .bpf.o.
 */
class SkeletonExampleTest {

    @Test
    void skeletonOfFlowCounter() {
        ObjectSpec object = ElfReader.read(ElfWriter.write(new FlowCounter().build())).object();
        SkeletonGenerator generator = new SkeletonGenerator("com.example.bpf");
        generator.add(object, "flow_counter.bpf.o", "bpf/flow_counter.bpf.o");
        List<JavaFile> files = generator.files();
        assertThat(files).extracting(f -> f.typeSpec().name())
                .containsExactly("FlowCounterSkeleton", "FlowKey", "FlowStats");
        for (JavaFile f : files) {
            Expected.check("skeleton.txt", f.typeSpec().name(), f.toString());
        }
    }
}
