#!/bin/sh
# Rebuilds ../st_*.s from Linux's verifier selftests (needs the kernel source tree and clang-19).
set -eu
cd "$(dirname "$0")"
S=${LINUX_SRC:-/usr/src/linux-source-6.12}/tools/testing/selftests/bpf
mkdir -p ../../../../../target/selftests
for t in xdp xdp_direct_packet_access; do
    o=../../../../../target/selftests/$t.o
    clang-19 -O2 -g -target bpf -mcpu=v3 -I/usr/include/x86_64-linux-gnu -I"$S" -I"$S/progs" \
        -c "$S/progs/verifier_$t.c" -o "$o"
    python3 extract.py "$o" "$S/progs/verifier_$t.c" ..
done
