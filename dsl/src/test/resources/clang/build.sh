#!/bin/sh
# Rebuilds the C twins of the bpfj samples with clang-19 and prints each program's instruction count.
# Usage: build.sh [OUTDIR]   (objects go to OUTDIR, default: ./out)
set -eu
cd "$(dirname "$0")"
OUT=${1:-out}
mkdir -p "$OUT"
CLANG=${CLANG:-clang-19}
for c in *.c; do
	o="$OUT/${c%.c}.o"
	$CLANG -O2 -g -target bpf -I/usr/include/x86_64-linux-gnu -c "$c" -o "$o"
	n=$(llvm-objdump-19 -d --no-show-raw-insn "$o" | grep -cE '^ +[0-9]+:')
	# an lddw shows as one line but occupies two slots
	w=$(llvm-objdump-19 -d --no-show-raw-insn "$o" | grep -cE ' ll$' || true)
	echo "${c%.c} $((n + w))"
done
