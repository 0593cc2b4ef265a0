package dev.bpfj.core;

import static dev.bpfj.core.Kfunc.ACQUIRE;
import static dev.bpfj.core.Kfunc.RELEASE;
import static dev.bpfj.core.Kfunc.RET_NULL;
import static dev.bpfj.core.Kfunc.TRUSTED_ARGS;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Member;
import dev.bpfj.core.btf.BtfType.Param;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kfunc table of Linux 6.18: the kernel functions an XDP program can realistically call, with
 * the prototypes of the kernel's BTF and the {@code KF_*} flags of their kfunc sets
 * ({@code net/core/xdp.c}, {@code net/core/filter.c}, {@code kernel/bpf/helpers.c},
 * {@code net/netfilter/nf_conntrack_bpf.c}, {@code net/netfilter/nf_flow_table_bpf.c}), and the names
 * of every other kfunc 6.18 has, so that a name the kernel lacks can be told from one bpfj does not
 * model.
 */
public final class Kfuncs {
    private Kfuncs() {}

    private static final Set<ProgramType> XDP = Set.of(ProgramType.XDP);
    private static final Set<ProgramType> XDP_AND_TC = Set.of(ProgramType.XDP, ProgramType.SCHED_CLS);
    private static final Set<ProgramType> ALL = Set.of();

    private static final BtfType U16 = new BtfType.Typedef("u16", BtfType.Int.U16);
    private static final BtfType U32 = new BtfType.Typedef("u32", BtfType.Int.U32);
    private static final BtfType U64 = new BtfType.Typedef("u64", BtfType.Int.U64);
    private static final BtfType INT = BtfType.Int.S32;
    private static final BtfType BOOL = new BtfType.Int("_Bool", 1, BtfType.Int.BOOL, 8, 0);
    private static final BtfType BE16 = new BtfType.Typedef("__be16", BtfType.Typedef.U16);
    private static final BtfType BE32 = new BtfType.Typedef("__be32", BtfType.Typedef.U32);

    /** {@code struct xdp_md}, the XDP context as programs see it. */
    public static final BtfType.Struct XDP_MD = new BtfType.Struct("xdp_md", 24, List.of(
            new Member("data", BtfType.Typedef.U32, 0, 0), new Member("data_end", BtfType.Typedef.U32, 32, 0),
            new Member("data_meta", BtfType.Typedef.U32, 64, 0), new Member("ingress_ifindex", BtfType.Typedef.U32, 96, 0),
            new Member("rx_queue_index", BtfType.Typedef.U32, 128, 0),
            new Member("egress_ifindex", BtfType.Typedef.U32, 160, 0)), false);

    private static BtfType.Struct tuple(String name, BtfType addr, int addrBits) {
        return new BtfType.Struct("", addrBits / 4 + 4, List.of(new Member("saddr", addr, 0, 0),
                new Member("daddr", addr, addrBits, 0), new Member("sport", BE16, addrBits * 2, 0),
                new Member("dport", BE16, addrBits * 2 + 16, 0)), false);
    }

    /** {@code struct bpf_sock_tuple}: the IPv4 or IPv6 addresses and ports a socket or connection is looked up by. */
    public static final BtfType.Struct SOCK_TUPLE = new BtfType.Struct("bpf_sock_tuple", 36, List.of(new Member("",
            new BtfType.Struct("", 36, List.of(new Member("ipv4", tuple("ipv4", BE32, 32), 0, 0),
                    new Member("ipv6", tuple("ipv6", new BtfType.Array(BE32, BtfType.Array.ARRAY_INDEX, 4), 128), 0, 0)),
                    true), 0, 0)), false);

    /** {@code struct bpf_ct_opts} of 6.18 ({@code NF_BPF_CT_OPTS_SZ} 16; 12 is still accepted). */
    public static final BtfType.Struct CT_OPTS = new BtfType.Struct("bpf_ct_opts", 16, List.of(
            new Member("netns_id", BtfType.Typedef.S32, 0, 0), new Member("error", BtfType.Typedef.S32, 32, 0),
            new Member("l4proto", BtfType.Typedef.U8, 64, 0), new Member("dir", BtfType.Typedef.U8, 72, 0),
            new Member("ct_zone_id", BtfType.Typedef.U16, 80, 0), new Member("ct_zone_dir", BtfType.Typedef.U8, 96, 0),
            new Member("reserved", new BtfType.Array(BtfType.Typedef.U8, BtfType.Array.ARRAY_INDEX, 3), 104, 0)), false);

    /** {@code struct bpf_dynptr}: opaque, 16 bytes, 8-aligned, only ever on the stack. */
    public static final BtfType.Struct DYNPTR = new BtfType.Struct("bpf_dynptr", 16, List.of(
            new Member("__opaque", new BtfType.Array(BtfType.Typedef.U64, BtfType.Array.ARRAY_INDEX, 2), 0, 0)), false);

    /**
     * A struct of scalars only, described by size: all the verifier needs of it is that it holds no
     * pointer and how large it is ({@code __btf_type_is_scalar_struct}, {@code btf_resolve_size}).
     */
    private static BtfType.Struct scalars(String name, int size) {
        return new BtfType.Struct(name, size, List.of(
                new Member("__bytes", new BtfType.Array(BtfType.Typedef.U8, BtfType.Array.ARRAY_INDEX, size), 0, 0)), false);
    }

    /** {@code struct bpf_fib_lookup} (64 bytes of scalars). */
    public static final BtfType.Struct FIB_LOOKUP = scalars("bpf_fib_lookup", 64);
    /** {@code struct bpf_flowtable_opts} ({@code s32 error}). */
    public static final BtfType.Struct FLOWTABLE_OPTS = new BtfType.Struct("bpf_flowtable_opts", 4,
            List.of(new Member("error", BtfType.Typedef.S32, 0, 0)), false);

    /** Kernel objects programs only hold pointers to. */
    public static final BtfType.Fwd NF_CONN = new BtfType.Fwd("nf_conn", false);
    public static final BtfType.Fwd NF_CONN_INIT = new BtfType.Fwd("nf_conn___init", false);
    public static final BtfType.Fwd FLOW_TUPLE_RHASH = new BtfType.Fwd("flow_offload_tuple_rhash", false);
    /** The tc context ({@code struct __sk_buff}, which holds pointers: not a struct of scalars). */
    public static final BtfType.Fwd SK_BUFF = new BtfType.Fwd("__sk_buff", false);

    private static final BtfType.Enum RSS_HASH_TYPE = new BtfType.Enum("xdp_rss_hash_type", 4, false, List.of());

    private static BtfType ptr(BtfType t) {
        return new BtfType.Ptr(t);
    }

    private static BtfType cptr(BtfType t) {
        return new BtfType.Ptr(new BtfType.Qualifier(BtfType.KIND_CONST, "", t));
    }

    private static BtfType.FuncProto proto(BtfType ret, Object... nameTypePairs) {
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            params.add(new Param((String) nameTypePairs[i], (BtfType) nameTypePairs[i + 1]));
        }
        return new BtfType.FuncProto(ret, params);
    }

    private static final Map<String, Kfunc> MODELLED = new LinkedHashMap<>();

    private static void row(String name, int flags, Set<ProgramType> types, BtfType.FuncProto proto) {
        MODELLED.put(name, new Kfunc(name, flags, types, proto, false));
    }

    static {
        // XDP RX metadata (net/core/xdp.c): callable by device-bound programs only
        for (Kfunc k : List.of(
                new Kfunc("bpf_xdp_metadata_rx_timestamp", TRUSTED_ARGS, XDP, proto(INT, "ctx", cptr(XDP_MD),
                        "timestamp", ptr(U64)), true),
                new Kfunc("bpf_xdp_metadata_rx_hash", TRUSTED_ARGS, XDP, proto(INT, "ctx", cptr(XDP_MD), "hash", ptr(U32),
                        "rss_type", ptr(RSS_HASH_TYPE)), true),
                new Kfunc("bpf_xdp_metadata_rx_vlan_tag", TRUSTED_ARGS, XDP, proto(INT, "ctx", cptr(XDP_MD),
                        "vlan_proto", ptr(BE16), "vlan_tci", ptr(U16)), true))) {
            MODELLED.put(k.name(), k);
        }
        // conntrack (net/netfilter/nf_conntrack_bpf.c)
        BtfType.FuncProto lookup = proto(ptr(NF_CONN), "xdp_ctx", ptr(XDP_MD), "bpf_tuple", ptr(SOCK_TUPLE), "tuple__sz",
                U32, "opts", ptr(CT_OPTS), "opts__sz", U32);
        row("bpf_xdp_ct_lookup", ACQUIRE | RET_NULL, XDP_AND_TC, lookup);
        row("bpf_xdp_ct_alloc", ACQUIRE | RET_NULL, XDP_AND_TC, new BtfType.FuncProto(ptr(NF_CONN_INIT),
                lookup.params()));
        row("bpf_ct_insert_entry", ACQUIRE | RET_NULL | RELEASE, XDP_AND_TC, proto(ptr(NF_CONN), "nfct_i",
                ptr(NF_CONN_INIT)));
        // one kfunc set holds the XDP and the tc variants, so XDP programs may call the tc ones too (and fail
        // on the context argument)
        BtfType skbCtx = ptr(SK_BUFF);
        row("bpf_skb_ct_lookup", ACQUIRE | RET_NULL, XDP_AND_TC, proto(ptr(NF_CONN), "skb_ctx", skbCtx, "bpf_tuple",
                ptr(SOCK_TUPLE), "tuple__sz", U32, "opts", ptr(CT_OPTS), "opts__sz", U32));
        row("bpf_skb_ct_alloc", ACQUIRE | RET_NULL, XDP_AND_TC, proto(ptr(NF_CONN_INIT), "skb_ctx", skbCtx, "bpf_tuple",
                ptr(SOCK_TUPLE), "tuple__sz", U32, "opts", ptr(CT_OPTS), "opts__sz", U32));
        row("bpf_ct_release", RELEASE, XDP_AND_TC, proto(BtfType.Void.INSTANCE, "nfct", ptr(NF_CONN)));
        row("bpf_ct_set_timeout", TRUSTED_ARGS, XDP_AND_TC, proto(BtfType.Void.INSTANCE, "nfct", ptr(NF_CONN_INIT),
                "timeout", U32));
        row("bpf_ct_change_timeout", TRUSTED_ARGS, XDP_AND_TC, proto(INT, "nfct", ptr(NF_CONN), "timeout", U32));
        row("bpf_ct_set_status", TRUSTED_ARGS, XDP_AND_TC, proto(INT, "nfct", cptr(NF_CONN_INIT), "status", U32));
        row("bpf_ct_change_status", TRUSTED_ARGS, XDP_AND_TC, proto(INT, "nfct", ptr(NF_CONN), "status", U32));
        // flow table (net/netfilter/nf_flow_table_bpf.c, CONFIG_NF_FLOW_TABLE)
        row("bpf_xdp_flow_lookup", TRUSTED_ARGS | RET_NULL, XDP, proto(ptr(FLOW_TUPLE_RHASH), "ctx", ptr(XDP_MD),
                "fib_tuple", ptr(FIB_LOOKUP), "opts", ptr(FLOWTABLE_OPTS), "opts_len", U32));
        // dynptrs over the packet (net/core/filter.c) and the common dynptr kfuncs (kernel/bpf/helpers.c)
        row("bpf_dynptr_from_xdp", 0, XDP, proto(INT, "x", ptr(XDP_MD), "flags", U64, "ptr__uninit", ptr(DYNPTR)));
        BtfType.FuncProto slice = proto(ptr(BtfType.Void.INSTANCE), "p", cptr(DYNPTR), "offset", U32, "buffer__opt",
                ptr(BtfType.Void.INSTANCE), "buffer__szk", U32);
        row("bpf_dynptr_slice", RET_NULL, ALL, slice);
        row("bpf_dynptr_slice_rdwr", RET_NULL, ALL, slice);
        row("bpf_dynptr_adjust", 0, ALL, proto(INT, "p", cptr(DYNPTR), "start", U32, "end", U32));
        row("bpf_dynptr_is_null", 0, ALL, proto(BOOL, "p", cptr(DYNPTR)));
        row("bpf_dynptr_is_rdonly", 0, ALL, proto(BOOL, "p", cptr(DYNPTR)));
        row("bpf_dynptr_size", 0, ALL, proto(BtfType.Typedef.U32, "p", cptr(DYNPTR)));
    }

    /** Every kfunc of Linux 6.18 (x86-64, with CONFIG_NF_FLOW_TABLE), modelled or not. */
    private static final Set<String> KNOWN = Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(
            "__bpf_trap", "bpf_arena_alloc_pages", "bpf_arena_free_pages", "bpf_arena_reserve_pages",
            "bpf_cast_to_kern_ctx", "bpf_cgroup_acquire", "bpf_cgroup_ancestor", "bpf_cgroup_from_id",
            "bpf_cgroup_read_xattr", "bpf_cgroup_release", "bpf_copy_from_user_dynptr", "bpf_copy_from_user_str",
            "bpf_copy_from_user_str_dynptr", "bpf_copy_from_user_task_dynptr", "bpf_copy_from_user_task_str",
            "bpf_copy_from_user_task_str_dynptr", "bpf_cpumask_acquire", "bpf_cpumask_and",
            "bpf_cpumask_any_and_distribute", "bpf_cpumask_any_distribute", "bpf_cpumask_clear",
            "bpf_cpumask_clear_cpu", "bpf_cpumask_copy", "bpf_cpumask_create", "bpf_cpumask_empty",
            "bpf_cpumask_equal", "bpf_cpumask_first", "bpf_cpumask_first_and", "bpf_cpumask_first_zero",
            "bpf_cpumask_full", "bpf_cpumask_intersects", "bpf_cpumask_or", "bpf_cpumask_populate",
            "bpf_cpumask_release", "bpf_cpumask_set_cpu", "bpf_cpumask_setall", "bpf_cpumask_subset",
            "bpf_cpumask_test_and_clear_cpu", "bpf_cpumask_test_and_set_cpu", "bpf_cpumask_test_cpu",
            "bpf_cpumask_weight", "bpf_cpumask_xor", "bpf_crypto_ctx_acquire", "bpf_crypto_ctx_create",
            "bpf_crypto_ctx_release", "bpf_crypto_decrypt", "bpf_crypto_encrypt", "bpf_ct_change_status",
            "bpf_ct_change_timeout", "bpf_ct_insert_entry", "bpf_ct_release", "bpf_ct_set_nat_info",
            "bpf_ct_set_status", "bpf_ct_set_timeout", "bpf_dynptr_adjust", "bpf_dynptr_clone", "bpf_dynptr_copy",
            "bpf_dynptr_from_skb", "bpf_dynptr_from_skb_meta", "bpf_dynptr_from_xdp", "bpf_dynptr_is_null",
            "bpf_dynptr_is_rdonly", "bpf_dynptr_memset", "bpf_dynptr_size", "bpf_dynptr_slice",
            "bpf_dynptr_slice_rdwr", "bpf_fentry_test1", "bpf_get_dentry_xattr", "bpf_get_file_xattr",
            "bpf_get_kmem_cache", "bpf_get_task_exe_file", "bpf_iter_bits_destroy", "bpf_iter_bits_new",
            "bpf_iter_bits_next", "bpf_iter_css_destroy", "bpf_iter_css_new", "bpf_iter_css_next",
            "bpf_iter_css_task_destroy", "bpf_iter_css_task_new", "bpf_iter_css_task_next",
            "bpf_iter_dmabuf_destroy", "bpf_iter_dmabuf_new", "bpf_iter_dmabuf_next", "bpf_iter_kmem_cache_destroy",
            "bpf_iter_kmem_cache_new", "bpf_iter_kmem_cache_next", "bpf_iter_num_destroy", "bpf_iter_num_new",
            "bpf_iter_num_next", "bpf_iter_task_destroy", "bpf_iter_task_new", "bpf_iter_task_next",
            "bpf_iter_task_vma_destroy", "bpf_iter_task_vma_new", "bpf_iter_task_vma_next", "bpf_key_put",
            "bpf_kfunc_call_memb_release", "bpf_kfunc_call_test_release", "bpf_list_back", "bpf_list_front",
            "bpf_list_pop_back", "bpf_list_pop_front", "bpf_list_push_back_impl", "bpf_list_push_front_impl",
            "bpf_local_irq_restore", "bpf_local_irq_save", "bpf_lookup_system_key", "bpf_lookup_user_key",
            "bpf_map_sum_elem_count", "bpf_modify_return_test", "bpf_modify_return_test2",
            "bpf_modify_return_test_tp", "bpf_obj_drop_impl", "bpf_obj_new_impl", "bpf_path_d_path",
            "bpf_percpu_obj_drop_impl", "bpf_percpu_obj_new_impl", "bpf_preempt_disable", "bpf_preempt_enable",
            "bpf_probe_read_kernel_dynptr", "bpf_probe_read_kernel_str_dynptr", "bpf_probe_read_user_dynptr",
            "bpf_probe_read_user_str_dynptr", "bpf_put_file", "bpf_rbtree_add_impl", "bpf_rbtree_first",
            "bpf_rbtree_left", "bpf_rbtree_remove", "bpf_rbtree_right", "bpf_rbtree_root", "bpf_rcu_read_lock",
            "bpf_rcu_read_unlock", "bpf_rdonly_cast", "bpf_refcount_acquire_impl", "bpf_remove_dentry_xattr",
            "bpf_res_spin_lock", "bpf_res_spin_lock_irqsave", "bpf_res_spin_unlock",
            "bpf_res_spin_unlock_irqrestore", "bpf_send_signal_task", "bpf_session_cookie", "bpf_session_is_return",
            "bpf_set_dentry_xattr", "bpf_sk_assign_tcp_reqsk", "bpf_skb_ct_alloc", "bpf_skb_ct_lookup",
            "bpf_sock_addr_set_sun_path", "bpf_sock_destroy", "bpf_sock_ops_enable_tx_tstamp", "bpf_strcasecmp",
            "bpf_strchr", "bpf_strchrnul", "bpf_strcmp", "bpf_strcspn", "bpf_stream_vprintk_impl", "bpf_strlen",
            "bpf_strnchr", "bpf_strnlen", "bpf_strnstr", "bpf_strrchr", "bpf_strspn", "bpf_strstr",
            "bpf_task_acquire", "bpf_task_from_pid", "bpf_task_from_vpid", "bpf_task_get_cgroup1",
            "bpf_task_release", "bpf_task_under_cgroup", "bpf_task_work_schedule_resume_impl",
            "bpf_task_work_schedule_signal_impl", "bpf_throw", "bpf_wq_init", "bpf_wq_set_callback_impl",
            "bpf_wq_start", "bpf_xdp_ct_alloc", "bpf_xdp_ct_lookup", "bpf_xdp_flow_lookup", "bpf_xdp_get_xfrm_state",
            "bpf_xdp_metadata_rx_hash", "bpf_xdp_metadata_rx_timestamp", "bpf_xdp_metadata_rx_vlan_tag",
            "bpf_xdp_pull_data", "bpf_xdp_xfrm_state_release")));

    /** The modelled kfunc of this name. */
    public static Optional<Kfunc> byName(String name) {
        return Optional.ofNullable(MODELLED.get(name));
    }

    /** Every modelled kfunc. */
    public static List<Kfunc> all() {
        return List.copyOf(MODELLED.values());
    }

    /** Whether Linux 6.18 has a kfunc of this name (bpfj may still not model it). */
    public static boolean exists(String name) {
        return KNOWN.contains(name) || MODELLED.containsKey(name);
    }
}
