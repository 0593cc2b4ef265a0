/** testing */
package dev.bpfj.testing;
