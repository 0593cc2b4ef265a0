package dev.bpfj.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Socket filter and tc programs: the {@code struct __sk_buff} context, LD_ABS/LD_IND and the helper
 * sets, each with the kernel's message (the corpus compares many more with the running kernel).
 */
class SkbProgramTest {

    private static Verdict verify(String section, String asm) {
        return VerifierTest.verify("; section: " + section + "\n; license: GPL\n" + asm);
    }

    /** One context access; {@code ok} means the kernel takes it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            socket | r0 = *(u32 *)(r1 + 0)        | true
            socket | r0 = *(u8 *)(r1 + 3)         | true
            socket | r0 = *(u64 *)(r1 + 0)        | false
            socket | r0 = *(u32 *)(r1 + 76)       | false
            socket | r0 = *(u32 *)(r1 + 72)       | false
            socket | *(u32 *)(r1 + 8) = r1       | false
            socket | *(u64 *)(r1 + 48) = r1      | true
            socket | *(u64 *)(r1 + 64) = r1      | false
            socket | r0 = *(u64 *)(r1 + 152)      | false
            socket | r0 = *(u64 *)(r1 + 184)      | false
            tc     | r0 = *(u64 *)(r1 + 152)      | true
            tc     | r0 = *(u32 *)(r1 + 152)      | false
            tc     | r0 = *(u64 *)(r1 + 184)      | true
            tc     | *(u64 *)(r1 + 184) = r1     | false
            tc     | *(u32 *)(r1 + 8) = r1       | true
            tc     | *(u16 *)(r1 + 8) = r1       | false
            tc     | *(u32 *)(r1 + 0) = r1       | false
            tc     | r0 = *(u8 *)(r1 + 180)       | true
            tc     | r0 = *(u8 *)(r1 + 181)       | false
            tc     | r0 = *(u32 *)(r1 + 88)       | false
            tc     | r0 = *(u64 *)(r1 + 144)      | false
            tc     | r0 = *(u16 *)(r1 + 76)       | false
            action | r0 = *(u16 *)(r1 + 164)      | true
            """)
    void contextAccess(String section, String access, boolean ok) {
        Verdict v = verify(section, access + "\nr0 = 0\nexit\n");
        if (ok) {
            assertThat(v.accepted()).as(v.message()).isTrue();
        } else {
            assertThat(v.message()).startsWith("invalid bpf_context access off=");
        }
    }

    @Test
    void contextHintsNameTheProgramTypesRules() {
        assertThat(verify("socket", "r0 = *(u32 *)(r1 + 76)\nexit\n").hint()).contains("bpf_skb_load_bytes");
        assertThat(verify("tc", "*(u32 *)(r1 + 0) = r1\nr0 = 0\nexit\n").hint()).contains("tc may write mark");
        assertThat(verify("socket", "r0 = *(u8 *)skb[0]\nexit\n").message()).isEqualTo("R6 !read_ok");
        assertThat(verify("socket", "r6 = r10\nr0 = *(u8 *)skb[0]\nexit\n").hint()).contains("R6");
    }

    @Test
    void tcReadsAndWritesThePacketAfterABoundsCheck() {
        Verdict v = verify("tc", """
                r2 = *(u32 *)(r1 + 76)
                r3 = *(u32 *)(r1 + 80)
                r4 = r2
                r4 += 14
                if r4 > r3 goto out
                r5 = *(u8 *)(r2 + 12)
                *(u8 *)(r2 + 13) = r5
                out:
                r0 = 0
                exit
                """);
        assertThat(v.accepted()).as(v.message()).isTrue();
    }

    @Test
    void tcPacketPointersGoStaleAfterSkbPullData() {
        Verdict v = verify("tc", """
                r6 = r1
                r7 = *(u32 *)(r6 + 76)
                r3 = *(u32 *)(r6 + 80)
                r4 = r7
                r4 += 1
                if r4 > r3 goto out
                r1 = r6
                r2 = 1
                call bpf_skb_pull_data
                r0 = *(u8 *)(r7 + 0)
                out:
                r0 = 0
                exit
                """);
        assertThat(v.message()).isEqualTo("R7 invalid mem access 'scalar'");
    }

    @Test
    void skbSkMayBeNull() {
        Verdict v = verify("tc", "r1 = *(u64 *)(r1 + 168)\nr0 = *(u32 *)(r1 + 0)\nexit\n");
        assertThat(v.message()).isEqualTo("R1 invalid mem access 'sock_common_or_null'");
    }

    @Test
    void ldAbsNeedsTheSkbInR6AndClobbersR1ToR5() {
        assertThat(verify("socket", "r6 = r1\nr0 = *(u16 *)skb[12]\nr0 = *(u32 *)skb[r0 + 2]\nexit\n").accepted())
                .isTrue();
        assertThat(verify("socket", "r0 = *(u8 *)skb[12]\nexit\n").message()).isEqualTo("R6 !read_ok");
        assertThat(verify("socket", "r6 = r10\nr0 = *(u8 *)skb[12]\nexit\n").message())
                .isEqualTo("at the time of BPF_LD_ABS|IND R6 != pointer to skb");
        assertThat(verify("tc", "r6 = r1\nr2 = 1\nr0 = *(u8 *)skb[0]\nr0 += r2\nexit\n").message())
                .isEqualTo("R2 !read_ok");
        assertThat(verify("xdp", "r6 = r1\nr0 = *(u8 *)skb[0]\nexit\n").message())
                .isEqualTo("BPF_LD_[ABS|IND] instructions not allowed for this program type");
    }

    @Test
    void eachTypeHasItsOwnHelpers() {
        String storeBytes = """
                *(u32 *)(r10 - 4) = 0
                r2 = 0
                r3 = r10
                r3 += -4
                r4 = 4
                r5 = 0
                call bpf_skb_store_bytes
                r0 = 0
                exit
                """;
        assertThat(verify("tc", storeBytes).accepted()).isTrue();
        assertThat(verify("socket", storeBytes).message())
                .isEqualTo("program of this type cannot use helper bpf_skb_store_bytes#9");
        assertThat(verify("tc", "r2 = 0\ncall bpf_xdp_adjust_head\nr0 = 0\nexit\n").message())
                .isEqualTo("program of this type cannot use helper bpf_xdp_adjust_head#44");
    }

    @Test
    void socketAndTcReturnValuesAreNotRangeChecked() {
        assertThat(verify("socket", "r0 = -1\nexit\n").accepted()).isTrue();
        assertThat(verify("tc", "r0 = r10\nexit\n").accepted()).isTrue();
        assertThat(VerifierTest.verify("; section: tc\nr0 = r10\nexit\n", Profile.CAP_BPF).message())
                .isEqualTo("R0 leaks addr as return value");
    }

    @Test
    void socketFieldsFollowTheirOwnLayouts() {
        String sk = "r1 = *(u64 *)(r1 + 168)\nif r1 == 0 goto out\n";
        String end = "out:\nr0 = 0\nexit\n";
        assertThat(verify("tc", sk + "r0 = *(u8 *)(r1 + 4)\n" + end).accepted()).isTrue();
        assertThat(verify("tc", sk + "r0 = *(u32 *)(r1 + 8)\n" + end).message())
                .isEqualTo("R1 invalid sock_common access off=8 size=4");
        assertThat(verify("tc", sk + "*(u32 *)(r1 + 4) = r1\n" + end).message())
                .isEqualTo("R1 cannot write into sock_common");
        // bpf_sk_fullsock gives a struct bpf_sock, whose type field is readable
        assertThat(verify("tc", sk + "call bpf_sk_fullsock\nif r0 == 0 goto out\nr0 = *(u32 *)(r0 + 8)\n" + end)
                .accepted()).isTrue();
    }

    @Test
    void aSockmapLookupIsASocketReferenceToRelease() {
        Verdict v = VerifierTest.verify("""
                ; section: tc
                ; license: GPL
                ; map: socks sockmap 4 4 1
                *(u32 *)(r10 - 4) = 0
                r2 = r10
                r2 += -4
                r1 = map[socks] ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = *(u32 *)(r0 + 4)
                out:
                r0 = 0
                exit
                """);
        assertThat(v.message()).isEqualTo("BPF_EXIT instruction in main prog would lead to reference leak");
    }
}
