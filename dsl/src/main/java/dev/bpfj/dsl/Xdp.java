package dev.bpfj.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link XdpProgram} subclass as a program to build, and says how: its name, ELF section and
 * license. Build tools find program classes by this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Xdp {
    /** The program's name (its ELF symbol); empty means the class name in snake case. */
    String name() default "";

    /** The ELF section: {@code xdp}, {@code xdp.frags}, {@code xdp/devmap} or {@code xdp/cpumap}. */
    String section() default "xdp";

    /** The license string; GPL-only helpers need a GPL-compatible one. */
    String license() default "GPL";
}
