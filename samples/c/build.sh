#!/bin/sh
# Rebuilds the C twins of the bpfj samples with clang-19 -O2 into obj/ (committed, so the samples' tests
# can compare bpfj's objects with clang's where clang is not installed). Reproducible: -fdebug-prefix-map
# keeps this directory's path out of the debug info, so the same clang gives byte-identical objects.
# Usage: build.sh [OUTDIR]   (default: obj)
set -eu
cd "$(dirname "$0")"
OUT=${1:-obj}
CLANG=${CLANG:-clang-19}
mkdir -p "$OUT"
for c in *.c; do
	$CLANG -O2 -g -target bpf -I/usr/include/x86_64-linux-gnu -fdebug-prefix-map="$PWD"=. \
		-c "$c" -o "$OUT/${c%.c}.bpf.o"
done
