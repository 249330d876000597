// Every property PROVED: one log line per cluster and property, four reports, nothing failed.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('src/main/netroute/01-tunnel-vxlan-one-segment.netroute: cluster homelab: reachability PROVED')
assert log.contains('src/main/netroute/datacenter/11-native-bgp.netroute: cluster') : 'files in sub-folders are found'
assert (log =~ /: cluster \S+: \S+ +PROVED \(\d+ ms\)/).size() == 6 : 'two clusters x three properties'
def reports = new File(basedir, 'target/netroute')
['netroute.txt', 'netroute.json', 'TEST-netroute.xml', 'netroute.html'].each {
    assert new File(reports, it).isFile() : "report $it written"
}
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'TEST-netroute.xml'))
assert junit.@tests == '6' && junit.@failures == '0' && junit.@errors == '0'
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'netroute.json'))
assert json.files.size() == 2
assert json.files*.clusters.flatten()*.properties.flatten()*.verdict.every { it == 'PROVED' }
return true
