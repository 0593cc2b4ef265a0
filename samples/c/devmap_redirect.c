#include "common.h"

struct {
	__uint(type, BPF_MAP_TYPE_DEVMAP);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 64);
} tx_port SEC(".maps");

SEC("xdp")
int devmap_redirect(struct xdp_md *ctx)
{
	return bpf_redirect_map(&tx_port, 0, XDP_PASS);
}

char LICENSE[] SEC("license") = "GPL";
