import java.util.zip.ZipFile

def object = new File(basedir, 'target/classes/bpf/drop_udp_9999.bpf.o')
assert object.isFile() : "the object was not written"
byte[] head = object.bytes[0..19] as byte[]
assert head[0] == 0x7f && head[1] == (byte) 'E' && head[2] == (byte) 'L' && head[3] == (byte) 'F'
assert (head[18] & 0xff) == 247 : "e_machine is not EM_BPF"

def jar = new ZipFile(new File(basedir, 'target/build-passing-1.0.jar'))
assert jar.getEntry('bpf/drop_udp_9999.bpf.o') != null : "the jar does not carry the object"
jar.close()

def log = new File(basedir, 'build.log').text
// first build: written and summarised
assert log.contains('bpfj: 1 object written to')
assert log =~ /drop_udp_9999\s+DropUdpPort\s+xdp\s+\d+\s+1\s+accepted/
// second build: nothing rebuilt
assert log.contains('bpfj: 0 objects written to')
assert log =~ /drop_udp_9999\s+DropUdpPort\s+xdp\s+\d+\s+1\s+accepted \(\d+ processed\), up to date/
return true
