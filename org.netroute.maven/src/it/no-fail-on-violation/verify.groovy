// failOnViolation=false: the build passes, yet the log and every report still say VIOLATED.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('cluster stores: mtu          VIOLATED')
assert log.contains('MTU_EXCEEDED at edge-a')
def reports = new File(basedir, 'target/netroute')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'netroute.json'))
def mtu = json.files[0].clusters[0].properties.find { it.property == 'mtu' }
assert mtu.verdict == 'VIOLATED' && mtu.counterexample.disposition == 'MTU_EXCEEDED'
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-netroute.xml'))
assert junit.@failures == '1'
assert new File(reports, 'netroute.txt').text.contains('VIOLATED')
// engine both: Alloy found the violation, the replay confirmed it, and its instance is in the report folder
assert log.contains('confirmed by replay')
def instances = reports.listFiles().findAll { it.name.startsWith('alloy-') && it.name.endsWith('.xml') }
assert instances*.name == ['alloy-05-tunnel-low-mtu-link-stores-mtu.xml'] : instances*.name
assert new groovy.xml.XmlSlurper().parse(instances[0]).name() == 'alloy'

return true
