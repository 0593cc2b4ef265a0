// What docs/maven-plugin.md shows for a build the plugin refuses.
def log = new File(basedir, 'build.log').text
def push = new File(basedir, 'src/main/java/com/example/xdp/PushTag.java').canonicalPath
def tracer = new File(basedir, 'src/main/java/com/example/xdp/Tracer.java').canonicalPath
assert log.contains("[ERROR] ${push}:[14] this ethhdr view") : "no DSL error on PushTag.java:[14]"
assert log.contains("[ERROR] ${tracer}:[11] program of this type cannot use helper bpf_trace_printk#6")
assert log.contains('bpfj: 2 programs failed to build or verify')
assert !new File(basedir, 'target/classes/bpf/push_tag.bpf.o').exists()
assert !new File(basedir, 'target/classes/bpf/tracer.bpf.o').exists()
return true
