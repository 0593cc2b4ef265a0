#include "common.h"

/* Walks up to 4 IPv6 extension headers in a bounded loop (not unrolled). */
SEC("xdp")
int c_ipv6_ext(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data;
    void *data_end = (void *)(long)ctx->data_end;
    struct ethhdr *eth = data;
    struct ipv6hdr *ip6 = (void *)(eth + 1);
    if ((void *)(ip6 + 1) > data_end)
        return XDP_PASS;
    if (eth->h_proto != bpf_htons(ETH_P_IPV6))
        return XDP_PASS;
    __u8 next = ip6->nexthdr;
    unsigned char *p = (void *)(ip6 + 1);
#pragma clang loop unroll(disable)
    for (int i = 0; i < 4; i++) {
        if (next != IPPROTO_HOPOPTS && next != IPPROTO_ROUTING && next != IPPROTO_DSTOPTS)
            break;
        if ((void *)(p + 8) > data_end)
            return XDP_DROP;
        next = p[0];
        p += (p[1] + 1) * 8;
    }
    return next == IPPROTO_TCP ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
