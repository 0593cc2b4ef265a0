#include "common.h"

struct icmp_echo { __u8 type; __u8 code; __sum16 checksum; __be16 id; __be16 seq; };

static __always_inline __u16 csum_fold(__u32 sum)
{
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return ~sum;
}

static __always_inline void csum_replace2(__sum16 *check, __be16 from, __be16 to)
{
	__u32 sum = (__u16)~*check;
	sum += (__u16)~from;
	sum += to;
	*check = csum_fold(sum);
}

static __always_inline void swap_mac(struct ethhdr *eth)
{
	__u8 tmp[ETH_ALEN];
	__builtin_memcpy(tmp, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, tmp, ETH_ALEN);
}

SEC("xdp")
int echo_reply(struct xdp_md *ctx)
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
		if (ip->protocol != IPPROTO_ICMP)
			return XDP_PASS;
		struct icmp_echo *icmp = (void *)ip + ip->ihl * 4;
		if ((void *)(icmp + 1) > data_end)
			return XDP_PASS;
		if (icmp->type != 8)
			return XDP_PASS;
		icmp->type = 0;
		csum_replace2(&icmp->checksum, bpf_htons(8 << 8), bpf_htons(0));
		__be32 src = ip->saddr;
		ip->saddr = ip->daddr;
		ip->daddr = src;
	} else if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
		struct ipv6hdr *ip6 = (void *)(eth + 1);
		if ((void *)(ip6 + 1) > data_end)
			return XDP_PASS;
		if (ip6->nexthdr != IPPROTO_ICMPV6)
			return XDP_PASS;
		struct icmp_echo *icmp6 = (void *)(ip6 + 1);
		if ((void *)(icmp6 + 1) > data_end)
			return XDP_PASS;
		if (icmp6->type != 128)
			return XDP_PASS;
		icmp6->type = 129;
		csum_replace2(&icmp6->checksum, bpf_htons(128 << 8), bpf_htons(129 << 8));
		struct in6_addr tmp = ip6->saddr;
		ip6->saddr = ip6->daddr;
		ip6->daddr = tmp;
	} else {
		return XDP_PASS;
	}
	swap_mac(eth);
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
