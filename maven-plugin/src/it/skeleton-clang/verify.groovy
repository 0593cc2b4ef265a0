def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
def gen = new File(basedir, 'target/generated-sources/bpfj/com/example/bpf')
assert new File(gen, 'FlowsSkeleton.java').isFile()
assert new File(gen, 'FlowKey.java').text.contains('public record FlowKey(int saddr, int daddr, int proto, byte[] pad)')
return true
