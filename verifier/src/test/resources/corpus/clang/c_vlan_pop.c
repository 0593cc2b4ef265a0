#include "common.h"

struct vlan_hdr { __be16 tci; __be16 proto; };

/* Removes an 802.1Q tag: moves the MAC addresses forward and drops 4 bytes of headroom. */
SEC("xdp")
int c_vlan_pop(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data;
    void *data_end = (void *)(long)ctx->data_end;
    struct ethhdr *eth = data;
    if ((void *)(eth + 1) + sizeof(struct vlan_hdr) > data_end)
        return XDP_PASS;
    if (eth->h_proto != bpf_htons(ETH_P_8021Q))
        return XDP_PASS;
    struct ethhdr copy;
    __builtin_memcpy(&copy, eth, 12);
    if (bpf_xdp_adjust_head(ctx, 4))
        return XDP_DROP;
    data = (void *)(long)ctx->data;
    data_end = (void *)(long)ctx->data_end;
    eth = data;
    if ((void *)(eth + 1) > data_end)
        return XDP_DROP;
    __builtin_memcpy(eth, &copy, 12);
    return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
