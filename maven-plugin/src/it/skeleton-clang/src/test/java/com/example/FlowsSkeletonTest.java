package com.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.bpf.FlowKey;
import com.example.bpf.FlowStats;
import com.example.bpf.FlowsSkeleton;
import dev.bpfj.core.spec.MapRef;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FlowsSkeletonTest {

    @Test
    void keysRoundTripWithTheCLayout() {
        MapRef<FlowKey, FlowStats> flows = FlowsSkeleton.Maps.FLOWS;
        assertEquals("flows", flows.name());
        FlowKey key = new FlowKey(0x0100000a, 0x0200000a, 17, new byte[3]);
        byte[] bytes = flows.key().encode(key);
        assertArrayEquals(new byte[] {10, 0, 0, 1, 10, 0, 0, 2, 17, 0, 0, 0}, bytes);
        assertEquals(key, flows.key().decode(bytes));
        assertEquals(12, FlowKey.SIZE);
    }

    @Test
    void valuesRoundTripWithArrays() {
        FlowStats stats = new FlowStats(3, 1500, 500, new int[] {80, 443});
        byte[] bytes = FlowStats.CODEC.encode(stats);
        assertEquals(24, bytes.length);
        assertEquals(443, (bytes[22] & 0xff) | (bytes[23] & 0xff) << 8);
        assertEquals(stats, FlowStats.CODEC.decode(bytes));
    }

    @Test
    void scalarMapsUsePlainCodecs() {
        MapRef<Integer, Long> totals = FlowsSkeleton.Maps.TOTALS;
        assertEquals(42L, totals.value().decode(totals.value().encode(42L)));
        assertEquals("count_flows", FlowsSkeleton.Programs.COUNT_FLOWS);
    }

    @Test
    void theObjectIsOnTheClasspath() throws IOException {
        byte[] elf = FlowsSkeleton.objectBytes();
        assertEquals(0x7f, elf[0]);
        assertEquals('E', elf[1]);
    }
}
