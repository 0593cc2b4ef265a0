/**
 * The typed layer's back end: code with virtual registers ({@link dev.bpfj.dsl.codegen.Code}), cleaned
 * up ({@link dev.bpfj.dsl.codegen.Optimizer}), given physical registers and stack slots
 * ({@link dev.bpfj.dsl.codegen.RegisterAllocator}) and handed to {@link dev.bpfj.dsl.Asm}. Public so
 * the typed layer's packages can share it; not meant for users.
 */
package dev.bpfj.dsl.codegen;
