// Shared post-build check of the archetype's integration-test projects, evaluated by each project's
// verify.groovy (binding: basedir = the test project's folder, holding archetype.properties; the project
// itself was generated and built in basedir/project/<artifactId>).
//
// The shaded jar (target/<artifactId>-<version>-all.jar) must keep the driver's registry entry and work on
// its own: a class loader over that jar alone (no Spark, no DFLib) finds the driver by kind, creates it
// and writes its spec. Engine libraries must not be inside.
import java.util.jar.JarFile

def props = new Properties()
new File(basedir, 'archetype.properties').withInputStream { props.load(it) }
def artifactId = props.getProperty('artifactId')
def kind = props.getProperty('kind')
def direction = props.getProperty('direction', 'source')
def project = new File(basedir, 'project/' + artifactId)
def jar = new File(project, 'target/' + artifactId + '-' + props.getProperty('version') + '-all.jar')
assert jar.isFile(): "no shaded jar " + jar

def loader = new URLClassLoader([jar.toURI().toURL()] as URL[], ClassLoader.getPlatformClassLoader())
try {
    def directionClass = loader.loadClass('dev.driverkit.registry.Direction')
    def entry = loader.loadClass('dev.driverkit.registry.RegistryFormat')
            .getMethod('entryPath', directionClass, String)
            .invoke(null, directionClass.getMethod('valueOf', String).invoke(null, direction.toUpperCase()), kind)

    def names = new JarFile(jar).withCloseable { file -> file.entries().collect { it.name } }
    assert names.contains(entry): "the shaded jar lost the registry entry " + entry
    def engineClasses = names.findAll { it.startsWith('org/apache/spark/') || it.startsWith('org/dflib/') || it.startsWith('scala/') }
    assert engineClasses.isEmpty(): "engine libraries inside the shaded jar: " + engineClasses.take(5)

    def registry = loader.loadClass('dev.driverkit.registry.DriverRegistry').getMethod('load', ClassLoader).invoke(null, loader)
    def info = direction == 'target' ? registry.target(kind) : registry.source(kind)
    def driver = direction == 'target' ? registry.newTarget(kind) : registry.newSource(kind)
    def json = registry.writeSpec(driver)
    assert json.startsWith('{"kind":"' + kind + '"'): json
    println "[verify] " + jar.name + ": " + entry + " -> " + info.driverClassName() + ", engines " + info.engines() + ", spec " + json
} finally {
    loader.close()
}
return true
