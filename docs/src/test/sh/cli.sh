#!/usr/bin/env bash
# The commands of docs/cli.md, region by region. CliIT runs each region in the getting-started project
# (after its build) with bpfj's bin/ on the PATH and compares the output with expected/cli.txt.
set -euo pipefail

# tag::help[]
bpfj --help
# end::help[]

# tag::inspect[]
bpfj inspect target/classes/bpf/drop_udp.bpf.o
# end::inspect[]

# tag::inspect-json[]
bpfj inspect --json target/classes/bpf/drop_udp.bpf.o
# end::inspect-json[]

# tag::disasm[]
bpfj disasm target/classes/bpf/drop_udp.bpf.o
# end::disasm[]

# tag::round-trip[]
bpfj disasm target/classes/bpf/drop_udp.bpf.o -o drop_udp.s
bpfj asm drop_udp.s -o copy.bpf.o
cmp copy.bpf.o target/classes/bpf/drop_udp.bpf.o && echo identical
# end::round-trip[]

# tag::asm-peek[]
bpfj asm peek.s -o peek.bpf.o
# end::asm-peek[]

# tag::verify[]
bpfj verify target/classes/bpf/drop_udp.bpf.o
# end::verify[]

# tag::verify-rejected[]
bpfj verify peek.bpf.o
# end::verify-rejected[]

# tag::verify-json[]
bpfj verify --json peek.bpf.o
# end::verify-json[]

# tag::run[]
bpfj run target/classes/bpf/drop_udp.bpf.o --packet 020000000001020000000002080045000021000000004011f6c8c0000202c00002019c40270f000d000068656c6c6f
# end::run[]

# tag::run-stdin[]
bpfj run target/classes/bpf/drop_udp.bpf.o --json < packets.txt
# end::run-stdin[]

# tag::run-repeat[]
bpfj run target/classes/bpf/drop_udp.bpf.o --repeat 1000000 --packet 020000000001020000000002080045000021000000004011f6c8c0000202c00002019c40270f000d000068656c6c6f
# end::run-repeat[]

# tag::bad-input[]
bpfj inspect nothing.o
# end::bad-input[]
