#!/bin/sh
# Rebuilds the clang objects this integration test verifies.
set -e
cd "$(dirname "$0")"
for c in good bad; do
  clang-19 -O2 -g -target bpf -I/usr/include/x86_64-linux-gnu -fdebug-prefix-map="$PWD"=. -fdebug-compilation-dir=. -c $c.c -o $c.o
done
