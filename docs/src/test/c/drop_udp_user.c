// tag::skeleton[]
// Attaches drop_udp (the getting-started program) through the libbpf skeleton that
// `bpftool gen skeleton` made from bpfj's object, waits for Enter, prints the drop counter.
#include <stdio.h>
#include <net/if.h>
#include <linux/if_link.h>
#include <bpf/libbpf.h>
#include "drop_udp.skel.h"

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s IFNAME\n", argv[0]);
		return 2;
	}
	unsigned int ifindex = if_nametoindex(argv[1]);
	if (!ifindex) {
		perror(argv[1]);
		return 1;
	}
	struct drop_udp *skel = drop_udp__open_and_load();
	if (!skel) {
		fprintf(stderr, "cannot load drop_udp\n");
		return 1;
	}
	int err = bpf_xdp_attach(ifindex, bpf_program__fd(skel->progs.drop_udp), XDP_FLAGS_SKB_MODE, NULL);
	if (err) {
		fprintf(stderr, "cannot attach to %s: %d\n", argv[1], err);
		drop_udp__destroy(skel);
		return 1;
	}
	printf("attached to %s; press Enter to detach\n", argv[1]);
	fflush(stdout);
	getchar();

	// a per-CPU array: one value per possible CPU
	int cpus = libbpf_num_possible_cpus();
	__u64 values[cpus];
	__u32 key = 0;
	unsigned long long total = 0;
	if (bpf_map__lookup_elem(skel->maps.drops, &key, sizeof(key), values, sizeof(values), 0) == 0)
		for (int i = 0; i < cpus; i++)
			total += values[i];
	printf("%llu datagrams dropped\n", total);

	bpf_xdp_detach(ifindex, XDP_FLAGS_SKB_MODE, NULL);
	drop_udp__destroy(skel);
	return 0;
}
// end::skeleton[]
