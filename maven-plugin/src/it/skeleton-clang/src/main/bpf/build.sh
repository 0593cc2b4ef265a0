#!/bin/sh
# Rebuilds the clang fixture this integration test generates a skeleton from.
set -e
cd "$(dirname "$0")"
clang-19 -O2 -g -target bpf -I/usr/include/x86_64-linux-gnu -fdebug-prefix-map="$PWD"=. -fdebug-compilation-dir=. -c flows.c -o flows.o
