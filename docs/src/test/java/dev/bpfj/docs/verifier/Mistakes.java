package dev.bpfj.docs.verifier;

import static dev.bpfj.core.Register.R0;
import static dev.bpfj.core.Register.R1;
import static dev.bpfj.core.Register.R10;
import static dev.bpfj.core.Register.R2;
import static dev.bpfj.core.Register.R3;
import static dev.bpfj.core.Register.R4;
import static dev.bpfj.core.Register.R6;
import static dev.bpfj.core.Register.R7;

import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;
import dev.bpfj.core.Size;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.Asm;
import dev.bpfj.dsl.ObjectBuilder;

/**
 * The mistakes of verifier-messages.md, each as the smallest program the kernel rejects for it and the
 * same program fixed. They are written with {@code Asm} because the typed DSL does not let you make most
 * of them: what the kernel says about them is what it says about C compiled by clang.
 */
final class Mistakes {
    private Mistakes() {}

    static final MapSpec VALUES = MapSpec.builder("values", MapType.ARRAY)
            .keyType(BtfType.Typedef.U32).valueType(BtfType.Typedef.U64).maxEntries(16).build();
    static final MapSpec COUNTS = MapSpec.builder("counts", MapType.HASH)
            .keyType(BtfType.Typedef.U32).valueType(BtfType.Typedef.U64).maxEntries(1024).build();
    static final MapSpec RING = MapSpec.builder("events", MapType.RINGBUF).maxEntries(4096).build();

    static ObjectSpec object(Asm asm, MapSpec... maps) {
        return object("GPL", asm, maps);
    }

    static ObjectSpec object(String license, Asm asm, MapSpec... maps) {
        ObjectBuilder b = ObjectBuilder.license(license);
        for (MapSpec m : maps) {
            b.map(m);
        }
        return b.program(asm).build();
    }

    // ---- packet bounds

    static ObjectSpec packetCheckTooShort(boolean fixed) {
        // tag::packet[]
        Asm asm = Asm.program("eth_type", "xdp")
                .ldxw(R2, R1, 0)                       // r2 = ctx->data
                .ldxw(R3, R1, 4)                       // r3 = ctx->data_end
                .mov(R4, R2).add(R4, fixed ? 14 : 12)  // r4 = data + 12: the check covers bytes 0..11
                .jgt(R4, R3, "pass")                   // if (data + 12 > data_end) goto pass
                .ldxh(R0, R2, 12)                      // the EtherType is bytes 12..13
                .jeq(R0, 0xdd86, "drop")               // IPv6 (0x86dd in network order)
                .label("pass").mov(R0, 2).exit()
                .label("drop").mov(R0, 1).exit();
        // end::packet[]
        return object(asm);
    }

    static ObjectSpec contextWide(boolean fixed) {
        // tag::context[]
        Asm asm = Asm.program("ctx_wide", "xdp");
        if (fixed) {
            asm.ldxw(R2, R1, 12);                      // ctx->ingress_ifindex is a u32
        } else {
            asm.ldxdw(R2, R1, 12);                     // 8 bytes from a 4-byte field
        }
        asm.mov(R0, 2).jne(R2, 1, "out").mov(R0, 1).label("out").exit();
        // end::context[]
        return object(asm);
    }

    static ObjectSpec returnValueUnset(boolean fixed) {
        // tag::r0[]
        Asm asm = Asm.program("r0_unset", "xdp")
                .ldxw(R2, R1, 16);                     // ctx->rx_queue_index
        if (fixed) {
            asm.mov(R0, 2);                            // XDP_PASS unless said otherwise
        }
        asm.jne(R2, 0, "out")
                .mov(R0, 1)                            // queue 0: XDP_DROP
                .label("out").exit();                  // other queues: R0 was never set
        // end::r0[]
        return object(asm);
    }

    static ObjectSpec argumentAfterCall(boolean fixed) {
        // tag::clobbered[]
        Asm asm = Asm.program("clobbered", "xdp")
                .mov(R6, R1)                           // keep ctx where calls leave it alone
                .call(Helpers.KTIME_GET_NS)            // clobbers R1..R5
                .ldxw(R2, fixed ? R6 : R1, 16)         // R1 is no longer ctx
                .mov(R0, 2).exit();
        // end::clobbered[]
        return object(asm);
    }

    static ObjectSpec lookupWithoutNullCheck(boolean fixed) {
        // tag::null[]
        Asm asm = Asm.program("count", "xdp")
                .stw(R10, -4, 0)
                .mov(R2, R10).add(R2, -4)
                .ldMap(R1, "counts")
                .call(Helpers.MAP_LOOKUP_ELEM);        // r0 = the value, or NULL if absent
        if (fixed) {
            asm.jeq(R0, 0, "out");                     // if (!value) goto out
        }
        asm.mov(R1, 1).atomicAdd(Size.DW, R0, 0, R1)
                .label("out").mov(R0, 2).exit();
        // end::null[]
        return object(asm, COUNTS);
    }

    static ObjectSpec variableOffsetUnbounded(boolean fixed) {
        // tag::unbounded[]
        Asm asm = Asm.program("skip", "xdp")
                .mov(R6, R1)                           // ctx
                .stw(R10, -4, 0).mov(R2, R10).add(R2, -4)
                .ldMap(R1, "values").call(Helpers.MAP_LOOKUP_ELEM)
                .jeq(R0, 0, "out")
                .ldxdw(R4, R0, 0);                     // an offset from user space: any 64-bit number
        if (fixed) {
            asm.and(R4, 0xff);                         // now 0..255
        }
        asm.ldxw(R2, R6, 0).ldxw(R3, R6, 4)            // data, data_end
                .add(R2, R4)                           // data + offset
                .mov(R1, R2).add(R1, 1).jgt(R1, R3, "out")
                .ldxb(R0, R2, 0)
                .label("out").mov(R0, 2).exit();
        // end::unbounded[]
        return object(asm, VALUES);
    }

    static ObjectSpec stalePacketPointer(boolean fixed) {
        // tag::stale[]
        Asm asm = Asm.program("push", "xdp")
                .mov(R6, R1)
                .ldxw(R7, R6, 0)                       // r7 = data, before the head moves
                .mov(R1, R6).mov(R2, -4)
                .call(Helpers.XDP_ADJUST_HEAD)         // data -= 4: every packet pointer dies
                .jne(R0, 0, "out")
                .ldxw(R3, R6, 4);                      // data_end, read again
        if (fixed) {
            asm.ldxw(R7, R6, 0);                       // data, read again
        }
        asm.mov(R4, R7).add(R4, 4).jgt(R4, R3, "out")
                .stw(R7, 0, 0)
                .label("out").mov(R0, 2).exit();
        // end::stale[]
        return object(asm);
    }

    static ObjectSpec redirectIntoArray(boolean fixed) {
        // tag::redirect[]
        MapSpec ports = MapSpec.builder("ports", fixed ? MapType.DEVMAP : MapType.ARRAY)
                .keyType(BtfType.Typedef.U32).valueType(BtfType.Typedef.U32).maxEntries(8).build();
        Asm asm = Asm.program("to_port", "xdp")
                .ldMap(R1, "ports").mov(R2, 0).mov(R3, 2)
                .call(Helpers.REDIRECT_MAP)            // bpf_redirect_map(&ports, 0, XDP_PASS)
                .exit();
        // end::redirect[]
        return object(asm, ports);
    }

    static ObjectSpec gplHelper(boolean fixed) {
        // tag::gpl[]
        Asm asm = Asm.program("stamp", "xdp")
                .call(Helpers.KTIME_GET_NS)            // fine under any license
                .mov(R1, R10).add(R1, -8).stdw(R10, -8, 0x0a7825)   // "%x\n"
                .mov(R2, 4).mov(R3, R0)
                .call(Helpers.TRACE_PRINTK)            // GPL-only
                .mov(R0, 2).exit();
        return object(fixed ? "Dual MIT/GPL" : "MIT", asm);
        // end::gpl[]
    }

    static ObjectSpec deadCode(boolean fixed) {
        // tag::unreachable[]
        Asm asm = Asm.program("dead", "xdp")
                .mov(R0, 2);
        if (!fixed) {
            asm.ja("out").mov(R0, 1);                  // jumped over by every path
        }
        asm.label("out").exit();
        // end::unreachable[]
        return object(asm);
    }

    static ObjectSpec ringbufLeak(boolean fixed) {
        // tag::leak[]
        Asm asm = Asm.program("event", "xdp")
                .ldMap(R1, "events").mov(R2, 8).mov(R3, 0)
                .call(Helpers.RINGBUF_RESERVE)         // r0 = 8 bytes of the ring, or NULL
                .jeq(R0, 0, "out")
                .stdw(R0, 0, 42);
        if (fixed) {
            asm.mov(R1, R0).mov(R2, 0).call(Helpers.RINGBUF_SUBMIT);
        }
        asm.label("out").mov(R0, 2).exit();
        // end::leak[]
        return object(asm, RING);
    }

    static ObjectSpec uninitializedStack(boolean fixed) {
        // tag::stack[]
        Asm asm = Asm.program("scratch", "xdp");
        if (fixed) {
            asm.stdw(R10, -8, 0);                      // write the slot first
        }
        asm.ldxdw(R0, R10, -8)                         // read 8 bytes of stack
                .and(R0, 2).exit();
        // end::stack[]
        return object(asm);
    }
}
