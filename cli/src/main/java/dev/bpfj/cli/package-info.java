/** cli */
package dev.bpfj.cli;
