/** emitter */
package dev.bpfj.emitter;
