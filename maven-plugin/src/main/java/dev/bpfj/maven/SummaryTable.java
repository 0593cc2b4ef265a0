package dev.bpfj.maven;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table, columns padded to their widest cell, numbers right-aligned. */
final class SummaryTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] numeric;

    SummaryTable(String... header) {
        rows.add(header);
        numeric = new boolean[header.length];
    }

    SummaryTable numeric(int column) {
        numeric[column] = true;
        return this;
    }

    void row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = String.valueOf(cells[i]);
        }
        rows.add(r);
    }

    boolean isEmpty() {
        return rows.size() == 1;
    }

    List<String> lines() {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                String cell = r[i];
                String pad = " ".repeat(width[i] - cell.length());
                sb.append(numeric[i] && r != rows.get(0) ? pad + cell : cell + (i == r.length - 1 ? "" : pad));
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format("%.1f KiB", bytes / 1024.0);
    }
}
