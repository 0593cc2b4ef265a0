/**
 * Writing BPF programs in Java, at two levels.
 *
 * <p><b>{@link dev.bpfj.dsl.Asm}</b> is the assembler: one method per instruction form, symbolic
 * labels, maps and functions by name, {@code lddw} chosen for you, and every instruction tagged with
 * the Java line that emitted it. {@link dev.bpfj.dsl.ObjectBuilder} puts programs and maps into an
 * object and checks map names.
 *
 * <p><b>The typed layer</b> is for writing packet programs: subclass {@link dev.bpfj.dsl.XdpProgram},
 * annotate it with {@link dev.bpfj.dsl.Xdp}, declare maps as fields and write {@code body()}.
 * Packet bytes are reached through bounds-checked {@link dev.bpfj.dsl.Header} views
 * ({@code packet().header(Ethernet.LAYOUT).orReturn(PASS)}), values carry width and byte order
 * ({@link dev.bpfj.dsl.ScalarType}, {@link dev.bpfj.dsl.Value}), map lookups are usable only where
 * they are known to exist ({@link dev.bpfj.dsl.MapValue#ifPresent}), helpers are typed methods
 * checked against the program type and license. Struct layouts ({@link dev.bpfj.dsl.Layout}) give
 * both the byte layout and the BTF type; {@code dev.bpfj.dsl.headers} has the usual network headers.
 * A {@link dev.bpfj.dsl.Cursor} is a movable packet position, so branches that parse different headers
 * can meet and parse what follows once. {@link dev.bpfj.dsl.Function}s take numbers, header views and
 * structs ({@link dev.bpfj.dsl.Param}); {@code bpfLoop} bodies reach the packet and the values around the
 * loop; {@code asm(...)} drops to raw instructions (r0–r5, inputs in r1.., result in r0) where the typed
 * layer has no words. Anything the kernel would reject that the DSL can see is a
 * {@link dev.bpfj.dsl.BpfBuildException} naming the Java line and the fix.
 *
 * <p>The typed layer lowers onto virtual registers; the back end ({@code dev.bpfj.dsl.codegen})
 * removes dead code and jumps, allocates r0–r9 by graph colouring (values live across helper calls
 * land in r6–r9, the rest spill to the stack) and places shared return blocks, producing code at or
 * below clang -O2's size on the samples.
 */
package dev.bpfj.dsl;
