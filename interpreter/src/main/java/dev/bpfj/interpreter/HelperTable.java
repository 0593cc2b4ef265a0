package dev.bpfj.interpreter;

import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.ProgramType;

/**
 * The Java implementations of core's helper table, indexed by helper id, followed by the kfuncs of
 * {@link KfuncTable}. A helper missing here is
 * reported by name when a program calls it; the table row (arguments, return kind, GPL-only,
 * program types) is what the interpreter checks a call against.
 */
final class HelperTable {
    private HelperTable() {}

    static HelperFunction[] create() {
        HelperFunction[] t = new HelperFunction[KfuncTable.size()];
        MapHelpers.register(t);
        XdpHelpers.register(t);
        OutputHelpers.register(t);
        SkbHelpers.register(t);
        BaseHelpers.register(t);
        KfuncTable.register(t);
        return t;
    }

    /**
     * Why the kernel would refuse to load a call to this helper from this program, or null: the
     * messages of {@code check_helper_call}.
     */
    static String loadProblem(Helper h, ProgramType type, boolean gplCompatible) {
        if (type != ProgramType.UNSPEC && !h.programTypes().isEmpty() && !h.availableTo(type)) {
            return "program of this type cannot use helper " + h.cName() + "#" + h.id();
        }
        if (h.gplOnly() && !gplCompatible) {
            return "cannot call GPL-restricted function from non-GPL compatible program (" + h.cName()
                    + "; declare a GPL-compatible license)";
        }
        return null;
    }
}
