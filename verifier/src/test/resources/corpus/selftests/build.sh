#!/bin/sh
# Rebuilds ../st_*.s from Linux's verifier selftests (needs the kernel source tree and clang-19).
set -eu
cd "$(dirname "$0")"
S=${LINUX_SRC:-/usr/src/linux-source-6.12}/tools/testing/selftests/bpf
mkdir -p ../../../../../target/selftests/uapi/linux
# the kernel tree's uapi linux/bpf.h (newer than the distribution's: TCX_*, skb_hwtstamp...)
cp "${LINUX_SRC:-/usr/src/linux-source-6.12}"/include/uapi/linux/bpf.h \
   "${LINUX_SRC:-/usr/src/linux-source-6.12}"/include/uapi/linux/bpf_common.h ../../../../../target/selftests/uapi/linux/
for t in xdp xdp_direct_packet_access bounds bounds_deduction bounds_mix_sign_unsign spill_fill stack_ptr loops1 direct_stack_access_wraparound value_illegal_alu helper_restricted div_overflow div0 and cfg ld_imm64 raw_stack var_off unpriv \
         value value_or_null value_ptr_arith value_adj_spill helper_value_access helper_packet_access map_ptr \
         map_ret_val stack_ptr array_access ringbuf ref_tracking precise search_pruning reg_equal jeq_infer_not_null \
         helper_access_var_len int_ptr masking meta_access regalloc subreg sdiv movsx ldsx gotol bswap spin_lock \
         direct_packet_access ctx sock bounds_deduction_non_const scalar_ids basic_stack leak_ptr linked_scalars xadd \
         map_ptr_mixing runtime_jit or_jmp32_k jit_convergence prevent_map_lookup; do
    o=../../../../../target/selftests/$t.o
    clang-19 -O2 -g -target bpf -mcpu=v3 -I../../../../../target/selftests/uapi -I/usr/include/x86_64-linux-gnu -I"$S" -I"$S/progs" \
        -I"$S/.." -c "$S/progs/verifier_$t.c" -o "$o" || { echo "skip $t"; continue; }
    python3 extract.py "$o" "$S/progs/verifier_$t.c" ..
done
