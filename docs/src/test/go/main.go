// tag::go[]
// Loads bpfj's object with cilium/ebpf, attaches drop_udp to an interface, waits for Enter and prints
// the drop counter.
package main

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"os"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
)

func main() {
	if len(os.Args) != 3 {
		log.Fatalf("usage: %s OBJECT IFNAME", os.Args[0])
	}
	spec, err := ebpf.LoadCollectionSpec(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		log.Fatal(err)
	}
	defer coll.Close()

	iface, err := net.InterfaceByName(os.Args[2])
	if err != nil {
		log.Fatal(err)
	}
	l, err := link.AttachXDP(link.XDPOptions{
		Program:   coll.Programs["drop_udp"],
		Interface: iface.Index,
		Flags:     link.XDPGenericMode,
	})
	if err != nil {
		log.Fatal(err)
	}
	defer l.Close()

	fmt.Printf("attached to %s; press Enter to detach\n", iface.Name)
	bufio.NewReader(os.Stdin).ReadString('\n')

	var perCPU []uint64 // a per-CPU array: one value per possible CPU
	if err := coll.Maps["drops"].Lookup(uint32(0), &perCPU); err != nil {
		log.Fatal(err)
	}
	var total uint64
	for _, v := range perCPU {
		total += v
	}
	fmt.Printf("%d datagrams dropped\n", total)
}
// end::go[]
