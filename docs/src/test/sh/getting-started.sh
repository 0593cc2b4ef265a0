#!/usr/bin/env bash
# The shell steps of docs/getting-started.md, region by region. GettingStartedIT runs each region (with
# names and addresses made unique) against the object the getting-started project wrote; run from that
# project's directory as root. Not meant to be run as a whole.
set -euo pipefail

# tag::setup[]
ip netns add xdp-demo
ip link add veth0 type veth peer name veth1 netns xdp-demo
ip addr add 203.0.113.1/24 dev veth0
ip link set veth0 up
ip -n xdp-demo addr add 203.0.113.2/24 dev veth1
ip -n xdp-demo link set veth1 up
# end::setup[]

# tag::attach[]
ip link set dev veth0 xdpgeneric obj target/classes/bpf/drop_udp.bpf.o sec xdp
# end::attach[]

# tag::show[]
ip link show dev veth0
# end::show[]

# tag::send[]
ip netns exec xdp-demo bash -c 'for i in 1 2 3 4 5; do echo hello > /dev/udp/203.0.113.1/9999; done'
# end::send[]

# tag::send-other[]
ip netns exec xdp-demo bash -c 'for i in 1 2 3; do echo hello > /dev/udp/203.0.113.1/7777; done'
# end::send-other[]

# tag::dump[]
bpftool map dump name drops
# end::dump[]

# tag::detach[]
ip link set dev veth0 xdpgeneric off
# end::detach[]

# tag::teardown[]
ip netns del xdp-demo
# end::teardown[]
