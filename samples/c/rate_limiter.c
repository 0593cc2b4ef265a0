#include "common.h"

#define LIMIT 100
#define WINDOW_NS 1000000000ULL

struct rate_state { __u64 window_start; __u64 packets; };

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__type(key, __be32);
	__type(value, struct rate_state);
	__uint(max_entries, 65536);
} rate SEC(".maps");

SEC("xdp")
int rate_limiter(struct xdp_md *ctx)
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
	__be32 src = ip->saddr;
	__u64 now = bpf_ktime_get_ns();
	struct rate_state *s = bpf_map_lookup_elem(&rate, &src);
	if (s) {
		if (now - s->window_start > WINDOW_NS) {
			s->window_start = now;
			s->packets = 1;
			return XDP_PASS;
		}
		__sync_fetch_and_add(&s->packets, 1);
		if (s->packets > LIMIT)
			return XDP_DROP;
	} else {
		struct rate_state fresh = { .window_start = now, .packets = 1 };
		bpf_map_update_elem(&rate, &src, &fresh, BPF_ANY);
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
