/** JMH benchmarks. */
package dev.bpfj.benchmarks;
