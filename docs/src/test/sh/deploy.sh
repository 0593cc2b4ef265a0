#!/usr/bin/env bash
# The shell steps of docs/deploying.md, region by region. DeployIT runs each region (names, addresses and
# pins made unique) on the veth pair of getting-started.sh, from the getting-started project's directory,
# as root. Not meant to be run as a whole.
set -euo pipefail

# tag::ip-generic[]
ip link set dev veth0 xdpgeneric obj target/classes/bpf/drop_udp.bpf.o sec xdp
ip link show dev veth0
ip link set dev veth0 xdpgeneric off
# end::ip-generic[]

# tag::ip-native[]
ip link set dev veth0 xdpdrv obj target/classes/bpf/drop_udp.bpf.o sec xdp
ip link set dev veth0 xdpdrv off
# end::ip-native[]

# tag::ip-offload[]
ip link set dev veth0 xdpoffload obj target/classes/bpf/drop_udp.bpf.o sec xdp
# end::ip-offload[]

# tag::xdp-loader[]
xdp-loader load --mode skb veth0 target/classes/bpf/drop_udp.bpf.o
xdp-loader status veth0
xdp-loader unload veth0 --all
# end::xdp-loader[]

# tag::bpftool-load[]
bpftool prog load target/classes/bpf/drop_udp.bpf.o /sys/fs/bpf/drop_udp type xdp pinmaps /sys/fs/bpf/drop_udp_maps
bpftool prog show pinned /sys/fs/bpf/drop_udp
# end::bpftool-load[]

# tag::bpftool-attach[]
bpftool net attach xdpgeneric pinned /sys/fs/bpf/drop_udp dev veth0
bpftool net show dev veth0
# end::bpftool-attach[]

# tag::bpftool-xlated[]
bpftool prog dump xlated pinned /sys/fs/bpf/drop_udp
# end::bpftool-xlated[]

# tag::bpftool-map[]
bpftool map update pinned /sys/fs/bpf/drop_udp_maps/drops key 0 0 0 0 value 0 0 0 0 0 0 0 0
bpftool map dump pinned /sys/fs/bpf/drop_udp_maps/drops
# end::bpftool-map[]

# tag::bpftool-detach[]
bpftool net detach xdpgeneric dev veth0
rm /sys/fs/bpf/drop_udp
rm -r /sys/fs/bpf/drop_udp_maps
# end::bpftool-detach[]

# tag::libbpf-build[]
bpftool gen skeleton target/classes/bpf/drop_udp.bpf.o name drop_udp > drop_udp.skel.h
cc -O2 -Wall -o drop_udp_user drop_udp_user.c -lbpf
cc -O2 -Wall -o open_object open_object.c -lbpf
# end::libbpf-build[]

# tag::go-build[]
# Debian's packages (apt-get install golang-go golang-github-cilium-ebpf-dev) build it offline:
GO111MODULE=off GOPATH=/usr/share/gocode go build -o drop_udp_go main.go
# with the Go module proxy instead: go mod init example.com/dropudp && go get github.com/cilium/ebpf && go build -o drop_udp_go
# end::go-build[]
