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
return true
