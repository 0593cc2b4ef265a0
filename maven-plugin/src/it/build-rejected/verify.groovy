def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/java/com/example/xdp/Tracer.java').canonicalPath
// compiler style: absolute path, line in brackets, the kernel's message
assert log.contains("[ERROR] ${source}:[11] program of this type cannot use helper bpf_trace_printk#6") : "no error on Tracer.java:[11]"
assert log.contains('failed to build or verify')
assert !new File(basedir, 'target/classes/bpf/tracer.bpf.o').exists() : "a rejected program left an object behind"
return true
