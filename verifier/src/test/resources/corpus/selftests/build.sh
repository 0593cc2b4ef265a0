#!/bin/sh
# Rebuilds ../st_*.s from Linux's verifier selftests: every tools/testing/selftests/bpf/progs/verifier_*.c
# that clang-19 builds here (the objects stay in verifier/target/selftests for
# SelftestObjectParityTest). Needs a kernel source tree with tools/include (unpack
# /usr/src/linux-source-6.12.tar.xz and point LINUX_SRC at it) and clang-19. New programs must be
# added to ../INDEX by hand; the test compares what INDEX lists.
set -eu
cd "$(dirname "$0")"
K=${LINUX_SRC:-/usr/src/linux-source-6.12}
S=$K/tools/testing/selftests/bpf
T=../../../../../target/selftests
mkdir -p $T/inc/linux $T/inc/gnu
# the tree's uapi linux/bpf.h (newer than the distribution's: TCX_*, skb_hwtstamp...)
cp "$K"/include/uapi/linux/bpf.h "$K"/include/uapi/linux/bpf_common.h $T/inc/linux/
# glibc's headers ask for the 32-bit stubs when the target is not x86_64
: > $T/inc/gnu/stubs-32.h
# files that include vmlinux.h get the running kernel's; bpf_helpers.h of the tree wants the generated
# helper declarations, which the distribution's libbpf has
bpftool btf dump file /sys/kernel/btf/vmlinux format c > $T/inc/vmlinux.h 2>/dev/null || rm -f $T/inc/vmlinux.h
cp /usr/include/bpf/bpf_helper_defs.h $T/inc/ 2>/dev/null || true
for f in "$S"/progs/verifier_*.c; do
    t=$(basename "$f" .c)
    t=${t#verifier_}
    cpu=v3
    case $t in sdiv|movsx|ldsx|gotol|bswap) cpu=v4 ;; esac
    o=$T/$t.o
    clang-19 -O2 -g -target bpf -mcpu=$cpu -D__TARGET_ARCH_x86 -I$T/inc -I"$K/tools/lib" -I"$K/tools/include/uapi" \
        -I/usr/include/x86_64-linux-gnu -I"$S" -I"$S/progs" -I"$S/.." -c "$f" -o "$o" 2>/dev/null \
        || { echo "skip $t (does not build here)"; continue; }
    python3 extract.py "$o" "$f" ..
done
