#include "common.h"

struct vlan_hdr { __be16 tci; __be16 proto; };

SEC("xdp")
int vlan_pop(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_8021Q))
		return XDP_PASS;
	struct vlan_hdr *vh = (void *)(eth + 1);
	if ((void *)(vh + 1) > data_end)
		return XDP_PASS;
	__be16 inner = vh->proto;
	struct ethhdr *moved = data + 4;
	__builtin_memmove(moved, eth, 12);
	moved->h_proto = inner;
	if (bpf_xdp_adjust_head(ctx, 4))
		return XDP_ABORTED;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
