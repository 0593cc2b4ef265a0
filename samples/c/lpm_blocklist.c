#include "common.h"

struct key4 { __u32 prefixlen; __u8 addr[4]; };
struct key6 { __u32 prefixlen; __u8 addr[16]; };

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__type(key, struct key4);
	__type(value, __u8);
	__uint(max_entries, 4096);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} blocked_v4 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LPM_TRIE);
	__type(key, struct key6);
	__type(value, __u8);
	__uint(max_entries, 4096);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} blocked_v6 SEC(".maps");

SEC("xdp")
int lpm_blocklist(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = (void *)(eth + 1);
		if ((void *)(ip + 1) > data_end)
			return XDP_PASS;
		struct key4 k = { .prefixlen = 32 };
		__builtin_memcpy(k.addr, &ip->saddr, 4);
		if (bpf_map_lookup_elem(&blocked_v4, &k))
			return XDP_DROP;
	} else if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = (void *)(eth + 1);
		if ((void *)(ip6 + 1) > data_end)
			return XDP_PASS;
		struct key6 k = { .prefixlen = 128 };
		__builtin_memcpy(k.addr, &ip6->saddr, 16);
		if (bpf_map_lookup_elem(&blocked_v6, &k))
			return XDP_DROP;
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
