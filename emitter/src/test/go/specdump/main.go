// Prints what cilium/ebpf's ELF reader finds in each object given on the command line, one
// tab-separated line per program and map, so bpfj's reader can be compared with it
// (CiliumReaderParityTest). Build: GO111MODULE=off GOPATH=/usr/share/gocode go build -o specdump .
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/cilium/ebpf"
)

func main() {
	for _, path := range os.Args[1:] {
		spec, err := ebpf.LoadCollectionSpec(path)
		if err != nil {
			fmt.Printf("%s\terror\t%s\n", path, strings.ReplaceAll(err.Error(), "\n", " "))
			continue
		}
		names := make([]string, 0, len(spec.Programs))
		for n := range spec.Programs {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			p := spec.Programs[n]
			fmt.Printf("%s\tprogram\t%s\t%s\t%d\t%d\t%s\n", path, n, p.SectionName, uint32(p.Type),
				len(p.Instructions), p.License)
		}
		names = names[:0]
		for n := range spec.Maps {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			m := spec.Maps[n]
			fmt.Printf("%s\tmap\t%s\t%d\t%d\t%d\t%d\t%d\n", path, n, uint32(m.Type), m.KeySize, m.ValueSize,
				m.MaxEntries, m.Flags)
		}
	}
}
