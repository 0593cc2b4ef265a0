package dev.bpfj.interpreter;

import java.util.HexFormat;

/** Something a program sent out during a run: a trace print, a perf event, a ring buffer record. */
public sealed interface Event {

    /** A line from {@code bpf_trace_printk}, formatted as the kernel formats it. */
    record TracePrint(String text) implements Event {
        @Override
        public String toString() {
            return "trace_printk: " + text;
        }
    }

    /** A record from {@code bpf_perf_event_output}: the sample bytes, then the packet bytes asked for. */
    record PerfOutput(String map, int cpu, byte[] data) implements Event {
        public PerfOutput {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PerfOutput p && map.equals(p.map) && cpu == p.cpu && java.util.Arrays.equals(data, p.data);
        }

        @Override
        public int hashCode() {
            return map.hashCode() * 31 + java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "perf_event_output " + map + " cpu " + cpu + ": " + HexFormat.of().formatHex(data);
        }
    }

    /** A record submitted to a ring buffer ({@code bpf_ringbuf_output}, or reserve then submit). */
    record RingBufOutput(String map, byte[] data) implements Event {
        public RingBufOutput {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RingBufOutput r && map.equals(r.map) && java.util.Arrays.equals(data, r.data);
        }

        @Override
        public int hashCode() {
            return map.hashCode() * 31 + java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "ringbuf " + map + ": " + HexFormat.of().formatHex(data);
        }
    }
}
