// A file that does not parse: the build fails and names file:line:col.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /\[ERROR\] src\/main\/netroute\/broken\.netroute:5:\d+: error: /
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/netroute/TEST-netroute.xml'))
assert junit.@errors == '1'
return true
