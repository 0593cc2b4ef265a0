#include "common.h"

struct vlan_hdr { __be16 tci; __be16 proto; };

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 3);
} l4_stats SEC(".maps");

SEC("xdp")
int parser(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	void *cursor = eth + 1;
	__be16 type = eth->h_proto;
#pragma unroll
	for (int i = 0; i < 2; i++) {
		if (type != bpf_htons(ETH_P_8021Q) && type != bpf_htons(ETH_P_8021AD))
			break;
		struct vlan_hdr *vh = cursor;
		if ((void *)(vh + 1) > data_end)
			return XDP_PASS;
		type = vh->proto;
		cursor = vh + 1;
	}
	__u8 proto;
	if (type == bpf_htons(ETH_P_IP)) {
		struct iphdr *ip = cursor;
		if ((void *)(ip + 1) > data_end)
			return XDP_PASS;
		proto = ip->protocol;
		cursor = (void *)ip + ip->ihl * 4;
	} else if (type == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = cursor;
		if ((void *)(ip6 + 1) > data_end)
			return XDP_PASS;
		proto = ip6->nexthdr;
		cursor = ip6 + 1;
#pragma unroll
		for (int i = 0; i < 2; i++) {
			struct { __u8 next; __u8 len; } *ext = cursor;
			if (proto != 0 && proto != 43 && proto != 60 && proto != 44 && proto != 51)
				break;
			if (cursor + 8 > data_end)
				return XDP_PASS;
			if (proto == 44)
				cursor += 8;
			else if (proto == 51)
				cursor += (ext->len + 2) * 4;
			else
				cursor += (ext->len + 1) * 8;
			proto = ext->next;
		}
	} else {
		proto = 0;
	}
	__u32 kind = 0;
	__be16 port = 0;
	if (type == bpf_htons(ETH_P_IP) || type == bpf_htons(ETH_P_IPV6)) {
		if (proto == IPPROTO_TCP) {
			struct tcphdr *t = cursor;
			if ((void *)(t + 1) > data_end)
				return XDP_PASS;
			kind = 1;
			port = t->dest;
		} else if (proto == IPPROTO_UDP) {
			struct udphdr *u = cursor;
			if ((void *)(u + 1) > data_end)
				return XDP_PASS;
			kind = 2;
			port = u->dest;
		}
	}
	__u64 *count = bpf_map_lookup_elem(&l4_stats, &kind);
	if (count)
		*count += 1;
	if (port == bpf_htons(23))
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
