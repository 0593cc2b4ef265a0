// What docs/getting-started.md promises about `mvn package`.
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('bpfj: 1 object written to') : "no summary"
assert log =~ /drop_udp\s+DropUdp\s+xdp\s+\d+\s+1\s+accepted \(\d+ processed\)\s+[\d.]+ (B|KiB)/
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

def object = new File(basedir, 'target/classes/bpf/drop_udp.bpf.o')
assert object.isFile() : "the object was not written"
def jar = new ZipFile(new File(basedir, 'target/xdp-drop-1.0.jar'))
assert jar.getEntry('bpf/drop_udp.bpf.o') != null : "the jar does not carry the object"
jar.close()
// the second build, nothing changed: nothing rebuilt
assert log.contains('bpfj: 0 objects written to')
assert log =~ /drop_udp\s+DropUdp\s+xdp\s+\d+\s+1\s+accepted \(\d+ processed\), up to date/
return true
