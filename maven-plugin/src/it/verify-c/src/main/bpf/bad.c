// Reads the EtherType without checking the packet is long enough: Linux rejects it.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int unchecked(struct xdp_md *ctx)
{
    struct ethhdr *eth = (void *)(long)ctx->data;
    return eth->h_proto == bpf_htons(ETH_P_IP) ? XDP_PASS : XDP_DROP;
}

char _license[] SEC("license") = "GPL";
