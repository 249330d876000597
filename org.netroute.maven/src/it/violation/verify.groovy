// A firewall drops VXLAN: the build fails, and its log names the property, the pods and the failing hop.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] src/main/netroute/04-tunnel-firewall-blocks-vxlan.netroute: cluster factory: reachability VIOLATED')
assert log.contains('app-1 -> cache-1: DENIED at dist-router')
assert log.contains("3. dist-router: deny: firewall dist-acl rule 'deny udp port 8472'")
assert log.contains('<- fails here: DENIED')
assert log.contains('NetRoute verification failed:')
assert log.contains('cluster homelab: reachability PROVED') : 'the passing file is verified too'
def reports = new File(basedir, 'target/netroute')
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-netroute.xml'))
assert junit.@tests == '6' && junit.@failures == '1'
def failure = junit.'**'.find { it.name() == 'failure' }
assert failure.@message.text().startsWith('app-1 -> cache-1: DENIED at dist-router')
def html = new File(reports, 'netroute.html').text
assert html.contains('<svg ') && html.contains('data-name="dist-router"')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'netroute.sarif'))
def violated = sarif.runs[0].results.find { it.ruleId == 'netroute/reachability' }
assert violated.level == 'error'
assert violated.locations[0].physicalLocation.artifactLocation.uri == 'src/main/netroute/04-tunnel-firewall-blocks-vxlan.netroute'
assert violated.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'
assert violated.codeFlows[0].threadFlows[0].locations.size() >= 3
return true
