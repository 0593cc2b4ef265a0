/** kernel */
package dev.bpfj.kernel;
