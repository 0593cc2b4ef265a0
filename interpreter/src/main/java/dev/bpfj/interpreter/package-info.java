/** interpreter */
package dev.bpfj.interpreter;
