/** dsl */
package dev.bpfj.dsl;
