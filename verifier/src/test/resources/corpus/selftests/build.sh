#!/bin/sh
# Rebuilds ../st_*.s from Linux's verifier selftests (needs the kernel source tree and clang-19).
set -eu
cd "$(dirname "$0")"
S=${LINUX_SRC:-/usr/src/linux-source-6.12}/tools/testing/selftests/bpf
mkdir -p ../../../../../target/selftests
for t in xdp xdp_direct_packet_access bounds bounds_deduction bounds_mix_sign_unsign spill_fill stack_ptr loops1 direct_stack_access_wraparound value_illegal_alu helper_restricted div_overflow div0 and cfg ld_imm64 raw_stack var_off unpriv; do
    o=../../../../../target/selftests/$t.o
    clang-19 -O2 -g -target bpf -mcpu=v3 -I/usr/include/x86_64-linux-gnu -I"$S" -I"$S/progs" \
        -I"$S/.." -c "$S/progs/verifier_$t.c" -o "$o" || { echo "skip $t"; continue; }
    python3 extract.py "$o" "$S/progs/verifier_$t.c" ..
done
