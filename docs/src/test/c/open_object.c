// tag::open[]
// Opens bpfj's object with plain libbpf (no skeleton): bpf_object__open_file, load, attach with a
// bpf_link, read the map by name.
#include <stdio.h>
#include <net/if.h>
#include <bpf/libbpf.h>

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s OBJECT IFNAME\n", argv[0]);
		return 2;
	}
	struct bpf_object *obj = bpf_object__open_file(argv[1], NULL);
	if (!obj || bpf_object__load(obj)) {
		fprintf(stderr, "cannot open or load %s\n", argv[1]);
		return 1;
	}
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, "drop_udp");
	struct bpf_map *drops = bpf_object__find_map_by_name(obj, "drops");
	struct bpf_link *link = bpf_program__attach_xdp(prog, if_nametoindex(argv[2]));
	if (!link) {
		fprintf(stderr, "cannot attach to %s\n", argv[2]);
		bpf_object__close(obj);
		return 1;
	}
	printf("%s: section %s, map %s with %u entries; press Enter to detach\n", bpf_program__name(prog),
	       bpf_program__section_name(prog), bpf_map__name(drops), bpf_map__max_entries(drops));
	fflush(stdout);
	getchar();

	int cpus = libbpf_num_possible_cpus();
	__u64 values[cpus];
	__u32 key = 0;
	unsigned long long total = 0;
	if (bpf_map__lookup_elem(drops, &key, sizeof(key), values, sizeof(values), 0) == 0)
		for (int i = 0; i < cpus; i++)
			total += values[i];
	printf("%llu datagrams dropped\n", total);

	bpf_link__destroy(link);
	bpf_object__close(obj);
	return 0;
}
// end::open[]
