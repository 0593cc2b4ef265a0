package dev.bpfj.kernel;

/**
 * What {@code BPF_PROG_LOAD} said about a program.
 *
 * @param accepted whether the kernel loaded it
 * @param errno the errno of a refused load (0 when accepted)
 * @param message the verifier's error line (the last line before the statistics), empty when accepted
 * @param log the whole verifier log that was requested
 * @param processedInsns {@code processed N insns} from the statistics line, -1 if absent
 * @param verificationTimeUs {@code verification time N usec}, -1 if absent
 */
public record KernelVerdict(boolean accepted, int errno, String message, String log, int processedInsns,
                            long verificationTimeUs) {

    static KernelVerdict of(boolean accepted, int errno, String log) {
        String message = accepted ? "" : errorLine(log);
        return new KernelVerdict(accepted, errno, message, log, statistic(log, "processed ", " insns"),
                statistic(log, "verification time ", " usec"));
    }

    /** The line the kernel prints for the failed check: the last non-statistics line of the log. */
    static String errorLine(String log) {
        String[] lines = log.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("processed ") || l.startsWith("verification time")
                    || l.startsWith("stack depth") || l.startsWith("insn_cnt") || l.startsWith("mark_read")) {
                continue;
            }
            return l;
        }
        return "";
    }

    private static int statistic(String log, String before, String after) {
        int i = log.lastIndexOf(before);
        if (i < 0) {
            return -1;
        }
        int start = i + before.length();
        int end = log.indexOf(after, start);
        if (end < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(log.substring(start, end).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
