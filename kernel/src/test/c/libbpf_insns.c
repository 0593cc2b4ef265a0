/*
 * Prints the instructions libbpf would hand to the kernel for every XDP program of an object:
 * after CO-RE relocation, subprogram linking and map relocation, just before BPF_PROG_LOAD, which it
 * then cancels. Usage: libbpf_insns OBJECT [TARGET_BTF]  (TARGET_BTF is libbpf's btf_custom_path).
 * One line per program ("program NAME COUNT"), then one per slot: "code dst src off imm" in decimal.
 */
#include <errno.h>
#include <stdio.h>
#include <linux/bpf.h>
#include <bpf/libbpf.h>


static int dump(struct bpf_program *prog, struct bpf_prog_load_opts *opts, long cookie)
{
	const struct bpf_insn *insn = bpf_program__insns(prog);
	size_t n = bpf_program__insn_cnt(prog);
	size_t i;

	(void)opts;
	(void)cookie;
	printf("program %s %zu\n", bpf_program__name(prog), n);
	for (i = 0; i < n; i++)
		printf("%u %u %u %d %d\n", insn[i].code, insn[i].dst_reg, insn[i].src_reg, insn[i].off, insn[i].imm);
	fflush(stdout);
	return -ECANCELED;
}

int main(int argc, char **argv)
{
	LIBBPF_OPTS(libbpf_prog_handler_opts, handler, .prog_prepare_load_fn = dump);
	LIBBPF_OPTS(bpf_object_open_opts, open_opts, .btf_custom_path = argc > 2 ? argv[2] : NULL);
	struct bpf_object *obj;
	struct bpf_program *prog;
	int count = 0, i;

	if (argc < 2)
		return 2;
	if (libbpf_register_prog_handler("xdp", BPF_PROG_TYPE_XDP, BPF_XDP, &handler) < 0)
		return 3;
	obj = bpf_object__open_file(argv[1], &open_opts);
	if (!obj)
		return 4;
	bpf_object__for_each_program(prog, obj)
		count++;
	bpf_object__close(obj);
	/* the cancelled load stops at its first program: load the object once per program */
	for (i = 0; i < count; i++) {
		int k = 0;

		obj = bpf_object__open_file(argv[1], &open_opts);
		if (!obj)
			return 4;
		bpf_object__for_each_program(prog, obj)
			bpf_program__set_autoload(prog, k++ == i);
		bpf_object__load(obj);
		bpf_object__close(obj);
	}
	return 0;
}
