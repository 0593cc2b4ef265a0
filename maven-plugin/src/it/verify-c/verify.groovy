def log = new File(basedir, 'build.log').text
def bad = new File(basedir, 'src/main/bpf/bad.c').canonicalPath
assert log =~ /good\.o\s+ipv4_only\s+xdp\s+\d+\s+accepted/
assert log =~ /bad\.o\s+unchecked\s+xdp\s+\d+\s+rejected/
assert log.contains("[ERROR] ${bad}:[11] invalid access to packet") : "no error on bad.c:[11]"
assert log.contains('R') && log.contains('offset is outside of the packet')
return true
