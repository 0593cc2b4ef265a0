// map: ports devmap 4 4 16
// map: cfg array 4 4 1
#include "common.h"

struct { __uint(type, BPF_MAP_TYPE_DEVMAP); __type(key, __u32); __type(value, __u32); __uint(max_entries, 16); } ports SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, __u32); __type(value, __u32); __uint(max_entries, 1); } cfg SEC(".maps");

SEC("xdp")
int c_redirect(struct xdp_md *ctx)
{
    __u32 zero = 0;
    __u32 *port = bpf_map_lookup_elem(&cfg, &zero);
    if (!port)
        return XDP_ABORTED;
    return bpf_redirect_map(&ports, *port & 15, XDP_PASS);
}

char LICENSE[] SEC("license") = "GPL";
