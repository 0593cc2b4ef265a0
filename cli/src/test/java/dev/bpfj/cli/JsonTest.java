package dev.bpfj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesNestedValuesWithEscapes() {
        Map<String, Object> o = Json.object();
        o.put("s", "a\"b\\c\n\u0001");
        o.put("n", 42);
        o.put("t", true);
        o.put("z", null);
        o.put("l", List.of(1, "x"));
        o.put("e", List.of());
        o.put("m", Map.of());
        o.put("k", Thread.State.NEW);
        assertThat(Json.write(o)).isEqualTo("""
                {
                  "s": "a\\"b\\\\c\\n\\u0001",
                  "n": 42,
                  "t": true,
                  "z": null,
                  "l": [
                    1,
                    "x"
                  ],
                  "e": [],
                  "m": {},
                  "k": "new"
                }""");
    }
}
