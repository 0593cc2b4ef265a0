/** verifier */
package dev.bpfj.verifier;
