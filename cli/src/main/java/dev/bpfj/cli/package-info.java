/**
 * The {@code bpfj} command line ({@link dev.bpfj.cli.Main}). A subcommand is a picocli
 * {@code @Command} class registered in {@code Main}; {@link dev.bpfj.cli.ObjectInput} opens the
 * object a command works on (with {@code --type} and {@code --program}), {@link dev.bpfj.cli.Json}
 * writes machine-readable output, and a {@link dev.bpfj.cli.CliException} or any
 * {@code BpfException} thrown by a command becomes one line on stderr and exit code 2.
 */
package dev.bpfj.cli;
