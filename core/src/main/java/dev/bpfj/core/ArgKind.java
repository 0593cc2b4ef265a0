package dev.bpfj.core;

/**
 * What a helper accepts in one argument register: the kernel's {@code enum bpf_arg_type} with its
 * flags folded into one name ({@code ARG_PTR_TO_MEM | MEM_RDONLY} is {@link #MEM_RDONLY}).
 */
public enum ArgKind {
    /** {@code ARG_CONST_MAP_PTR}: a map loaded with {@code lddw}. */
    CONST_MAP_PTR,
    /** {@code ARG_PTR_TO_MAP_KEY}: {@code key_size} readable bytes. */
    MAP_KEY,
    /** {@code ARG_PTR_TO_MAP_VALUE}: {@code value_size} readable bytes. */
    MAP_VALUE,
    /** {@code ARG_PTR_TO_MAP_VALUE | MEM_UNINIT | MEM_WRITE}: {@code value_size} writable bytes. */
    UNINIT_MAP_VALUE,
    /** {@code ARG_PTR_TO_MEM}: memory read and written, sized by the next argument. */
    MEM,
    /** {@code ARG_PTR_TO_MEM | MEM_RDONLY}: memory only read, sized by the next argument. */
    MEM_RDONLY,
    /** {@code ARG_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_RDONLY}: as {@link #MEM_RDONLY}, or NULL with size 0. */
    MEM_RDONLY_OR_NULL,
    /** {@code ARG_PTR_TO_UNINIT_MEM}: memory the helper writes, sized by the next argument. */
    UNINIT_MEM,
    /** {@code ARG_PTR_TO_FIXED_SIZE_MEM}: memory of the size given in the helper's table row. */
    FIXED_SIZE_MEM,
    /** {@code ARG_CONST_SIZE}: a bounded, positive scalar. */
    CONST_SIZE,
    /** {@code ARG_CONST_SIZE_OR_ZERO}: a bounded, non-negative scalar. */
    CONST_SIZE_OR_ZERO,
    /** {@code ARG_CONST_ALLOC_SIZE_OR_ZERO}: a known constant size to allocate. */
    CONST_ALLOC_SIZE_OR_ZERO,
    /** {@code ARG_PTR_TO_CTX}: the unmodified context pointer. */
    CTX,
    /** {@code ARG_ANYTHING}: any initialised register. */
    ANYTHING,
    /** {@code ARG_SCALAR}: any scalar. */
    SCALAR,
    /** {@code ARG_PTR_TO_FUNC}: a callback loaded with {@code lddw src=4}. */
    FUNC,
    /** {@code ARG_PTR_TO_STACK_OR_NULL}: a stack pointer or NULL. */
    STACK_OR_NULL,
    /** {@code ARG_PTR_TO_RINGBUF_MEM | OBJ_RELEASE}: a reservation to submit or discard. */
    RINGBUF_MEM_RELEASE,
    /** {@code ARG_PTR_TO_BTF_ID_SOCK_COMMON}. */
    SOCK_COMMON,
    /** {@code ARG_PTR_TO_SOCK_COMMON}: a socket pointer the verifier tracks, no BTF pointer. */
    SOCK_COMMON_NO_BTF,
    /** {@code ARG_PTR_TO_BTF_ID_SOCK_COMMON | OBJ_RELEASE}. */
    SOCK_COMMON_RELEASE,
    /** {@code ARG_PTR_TO_CONST_STR}: a NUL-terminated string in a read-only map. */
    CONST_STR,
    /** {@code ARG_PTR_TO_SPIN_LOCK}. */
    SPIN_LOCK,
    /** An argument kind bpfj does not model; such helpers are not checked argument by argument. */
    OTHER;

    /** Whether the argument is a pointer to memory whose size comes from the following argument. */
    public boolean isSizedMemory() {
        return this == MEM || this == MEM_RDONLY || this == MEM_RDONLY_OR_NULL || this == UNINIT_MEM;
    }

    public boolean isSize() {
        return this == CONST_SIZE || this == CONST_SIZE_OR_ZERO;
    }
}
