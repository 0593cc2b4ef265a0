// map: blocked hash 4 8 1024
#include "common.h"

struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 1024); } blocked SEC(".maps");

SEC("xdp")
int c_blocklist(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data;
    void *data_end = (void *)(long)ctx->data_end;
    struct ethhdr *eth = data;
    struct iphdr *ip = (void *)(eth + 1);
    if ((void *)(ip + 1) > data_end)
        return XDP_PASS;
    if (eth->h_proto != bpf_htons(ETH_P_IP))
        return XDP_PASS;
    __u32 saddr = ip->saddr;
    __u64 *hits = bpf_map_lookup_elem(&blocked, &saddr);
    if (!hits)
        return XDP_PASS;
    __sync_fetch_and_add(hits, 1);
    return XDP_DROP;
}

char LICENSE[] SEC("license") = "Dual MIT/GPL";
