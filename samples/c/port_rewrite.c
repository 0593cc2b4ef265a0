#include "common.h"

static __always_inline __u16 csum_fold(__u32 sum)
{
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return ~sum;
}

/* RFC 1624: HC' = ~(~HC + ~m + m') */
static __always_inline void csum_replace2(__sum16 *check, __be16 from, __be16 to)
{
	__u32 sum = (__u16)~*check;
	sum += (__u16)~from;
	sum += to;
	*check = csum_fold(sum);
}

SEC("xdp")
int port_rewrite(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_UDP)
		return XDP_PASS;
	struct udphdr *udp = (void *)ip + ip->ihl * 4;
	if ((void *)(udp + 1) > data_end)
		return XDP_PASS;
	if (udp->dest != bpf_htons(8080))
		return XDP_PASS;
	udp->dest = bpf_htons(80);
	if (udp->check)
		csum_replace2(&udp->check, bpf_htons(8080), bpf_htons(80));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
