package dev.bpfj.emitter.btf;

/**
 * One {@code bpf_core_relo} record of {@code .BTF.ext}: the instruction at byte {@code insnOff} of
 * ELF section {@code section} holds a value the compiler took from local type {@code typeId}
 * ({@code access} says which member, array element or enumerator, e.g. {@code 0:1:2}) that must be
 * recomputed against the target kernel's BTF.
 *
 * @param index the record's position among its section's records (libbpf's {@code relo #N})
 */
public record CoreRelocation(String section, int index, int insnOff, int typeId, String access, Kind kind) {

    /** {@code enum bpf_core_relo_kind}, with libbpf's short names. */
    public enum Kind {
        FIELD_BYTE_OFFSET("byte_off"),
        FIELD_BYTE_SIZE("byte_sz"),
        FIELD_EXISTS("field_exists"),
        FIELD_SIGNED("signed"),
        FIELD_LSHIFT_U64("lshift_u64"),
        FIELD_RSHIFT_U64("rshift_u64"),
        TYPE_ID_LOCAL("local_type_id"),
        TYPE_ID_TARGET("target_type_id"),
        TYPE_EXISTS("type_exists"),
        TYPE_SIZE("type_size"),
        ENUMVAL_EXISTS("enumval_exists"),
        ENUMVAL_VALUE("enumval_value"),
        TYPE_MATCHES("type_matches");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** libbpf's name, as in its logs: {@code byte_off}, {@code enumval_value}, ... */
        public String label() {
            return label;
        }

        /** The kind with this number, or null. */
        public static Kind of(long value) {
            return value >= 0 && value < values().length ? values()[(int) value] : null;
        }

        public boolean isField() {
            return ordinal() <= FIELD_RSHIFT_U64.ordinal();
        }

        public boolean isEnumValue() {
            return this == ENUMVAL_EXISTS || this == ENUMVAL_VALUE;
        }

        public boolean isType() {
            return !isField() && !isEnumValue();
        }
    }

    /** The instruction slot within the section. */
    public int slot() {
        return insnOff / 8;
    }

    /** {@code CO-RE relocation #3 <byte_off> type [12] access 0:1:2}. */
    @Override
    public String toString() {
        return "CO-RE relocation #" + index + " <" + kind.label() + "> type [" + typeId + "] access " + access;
    }
}
