/**
 * bpfj's verifier: tells without root whether Linux 6.18 will load a program, and if not, with the
 * kernel's own message, the instruction, the source line, the path and the registers.
 *
 * <p>It follows {@code kernel/bpf/verifier.c} pass by pass rather than being a generic abstract
 * interpreter: {@code Cfg} runs the structural passes (subprograms, jump ranges,
 * unreachable code, opcodes, map loads) and computes liveness; {@code Checker} walks paths depth
 * first with kernel-style register state ({@code Reg}: type, offsets, tnum and 64/32-bit signed and
 * unsigned bounds kept in sync by {@code Bounds}), checks memory accesses ({@code MemoryChecks}),
 * pointer arithmetic ({@code Pointers}), branches ({@code Branches}) and helper calls
 * ({@code HelperChecks}, against core's helper table), and prunes at the kernel's prune points
 * ({@code Pruning}) using a static over-approximation of the kernel's precision marks
 * ({@code Precision}). Global functions are verified on their own from their BTF prototypes, bpf_loop
 * callbacks are re-entered until pruning converges, and the cap-bpf {@link dev.bpfj.verifier.Profile}
 * adds Linux's Spectre v1 rules and speculative paths.
 *
 * <p>It models XDP, socket filter and tc programs: their contexts ({@code struct xdp_md};
 * {@code struct __sk_buff} in {@code SkbContext}, the socket structs in {@code SockFields}), helper
 * sets and LD_ABS/LD_IND. Other program types get an "unsupported" verdict.
 *
 * <p>Entry point: {@link dev.bpfj.verifier.Verifier}; result: {@link dev.bpfj.verifier.Verdict}.
 * What it does not model it reports as not modelled (an "unsupported" verdict), never accepts.
 */
package dev.bpfj.verifier;
