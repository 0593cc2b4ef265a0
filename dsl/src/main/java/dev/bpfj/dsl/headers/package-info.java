/**
 * The header library: byte layouts of Ethernet, 802.1Q/802.1ad, ARP, IPv4, IPv6, UDP, TCP, ICMP and
 * ICMPv6 with their fields, plus protocol numbers. Each class holds a {@code LAYOUT} to take a view
 * with and the fields to read and write through it.
 */
package dev.bpfj.dsl.headers;
