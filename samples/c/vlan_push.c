#include "common.h"

struct vlan_hdr { __be16 tci; __be16 proto; };

SEC("xdp")
int vlan_push(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	__be16 type = eth->h_proto;
	if (type == bpf_htons(ETH_P_8021Q))
		return XDP_PASS;
	if (bpf_xdp_adjust_head(ctx, -4))
		return XDP_ABORTED;
	data = (void *)(long)ctx->data;
	data_end = (void *)(long)ctx->data_end;
	eth = data;
	if (data + 18 > data_end)
		return XDP_ABORTED;
	__builtin_memmove(eth, data + 4, 12);
	eth->h_proto = bpf_htons(ETH_P_8021Q);
	struct vlan_hdr *vh = (void *)(eth + 1);
	vh->tci = bpf_htons(100);
	vh->proto = type;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
