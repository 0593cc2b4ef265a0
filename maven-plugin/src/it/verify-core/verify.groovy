def log = new File(basedir, 'build.log').text
// without a target BTF the reader says the relocations keep the compiler's values ...
assert log.contains('CO-RE relocation(s) not applied') : 'no warning about unapplied CO-RE relocations'
// ... and with the object's own layouts the guarded read of a field the kernel lacks is reachable
assert log =~ /core_relo\.o\s+xdp_core\s+xdp\s+\d+\s+rejected/
assert log =~ /core_relo\.o\s+xdp_core_sub\s+xdp\s+\d+\s+accepted/
assert log.contains('core_relo.c:[79] invalid access to packet') : 'no error on core_relo.c:[79]'
return true
