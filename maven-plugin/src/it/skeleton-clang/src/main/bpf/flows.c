// Counts packets and bytes per IPv4 flow. Rebuild with ./build.sh (clang-19).
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct flow_key {
    __u32 saddr;
    __u32 daddr;
    __u8 proto;
    __u8 pad[3];
};

struct flow_stats {
    __u64 packets;
    __u64 bytes;
    __u32 last_len;
    __u16 ports[2];
};

struct {
    __uint(type, BPF_MAP_TYPE_LRU_HASH);
    __type(key, struct flow_key);
    __type(value, struct flow_stats);
    __uint(max_entries, 1024);
} flows SEC(".maps");

struct {
    __uint(type, BPF_MAP_TYPE_ARRAY);
    __type(key, __u32);
    __type(value, __u64);
    __uint(max_entries, 4);
} totals SEC(".maps");

SEC("xdp")
int count_flows(struct xdp_md *ctx)
{
    void *data = (void *)(long)ctx->data;
    void *end = (void *)(long)ctx->data_end;
    struct ethhdr *eth = data;
    if ((void *)(eth + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP))
        return XDP_PASS;
    struct iphdr *ip = (void *)(eth + 1);
    if ((void *)(ip + 1) > end)
        return XDP_PASS;
    struct flow_key key = { .saddr = ip->saddr, .daddr = ip->daddr, .proto = ip->protocol };
    struct flow_stats *s = bpf_map_lookup_elem(&flows, &key);
    if (s) {
        s->packets++;
        s->bytes += end - data;
        s->last_len = end - data;
    } else {
        struct flow_stats init = { .packets = 1, .bytes = end - data, .last_len = end - data };
        bpf_map_update_elem(&flows, &key, &init, BPF_ANY);
    }
    return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
