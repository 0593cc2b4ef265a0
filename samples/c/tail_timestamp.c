#include "common.h"

SEC("xdp")
int tail_timestamp(struct xdp_md *ctx)
{
	if (bpf_xdp_adjust_tail(ctx, 8))
		return XDP_ABORTED;
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u32 off = ((__u32)(data_end - data) - 8) & 0x7fff;
	__u64 *ts = data + off;
	if ((void *)(ts + 1) > data_end)
		return XDP_ABORTED;
	*ts = bpf_ktime_get_ns();
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
