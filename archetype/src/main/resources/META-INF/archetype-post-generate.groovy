// Runs after archetype:generate has written the project. archetype:generate applies the descriptor's
// validation regexes only to values it prompts for, not to -D values, so every property is checked
// here, with the rule the driverkit processor applies; a wrong value removes the generated project and
// fails the build with a message that says the rule and how to fix it.

def props = request.properties
def projectDir = new File(request.outputDirectory, request.artifactId)

def problems = []

def kind = props.getProperty('kind', '')
if (!(kind ==~ /[A-Za-z][A-Za-z0-9_-]*/)) {
    problems << "kind '" + kind + "' is not a driverkit kind: a kind must match [A-Za-z][A-Za-z0-9_-]*" +
            " (a letter A-Z or a-z, then letters, digits, '_' or '-'; case-sensitive), e.g. -Dkind=xyz or" +
            " -Dkind=v3ioStream. The processor would reject it (DK002)."
}

def direction = props.getProperty('direction', '')
if (!(direction ==~ /source|target/)) {
    problems << "direction '" + direction + "' must be source or target (-Ddirection=target)."
}

def online = props.getProperty('online', '')
if (!(online ==~ /true|false/)) {
    problems << "online '" + online + "' must be true or false."
}

def queryable = props.getProperty('queryable', '')
if (!(queryable ==~ /true|false/)) {
    problems << "queryable '" + queryable + "' must be true or false."
} else if (queryable == 'true' && direction == 'source') {
    problems << "queryable = true is for targets (they serve feature-vector queries); a source is not" +
            " queryable. Drop -Dqueryable, or use -Ddirection=target."
}

def known = ['STOREY', 'SPARK', 'PANDAS']
def engineText = props.getProperty('engines', '')
def engines = engineText.split(',').collect { it.trim().toUpperCase() }
def unknown = engines.findAll { !(it in known) }
if (engineText.trim().isEmpty() || !unknown.isEmpty()) {
    problems << "engines '" + engineText + "' must be a comma-separated list of STOREY, SPARK and PANDAS" +
            " (at least one), e.g. -Dengines=STOREY,PANDAS" +
            (unknown.isEmpty() ? "." : "; not an engine: " + unknown.collect { "'" + it + "'" }.join(", ") + ".")
} else if (direction == 'target' && online == 'true' && !engines.contains('STOREY')) {
    problems << "an online target is written from the event stream, so its engines must include STOREY" +
            " (the processor's DK041), e.g. -Dengines=STOREY," + engines.join(",") + "."
}

def className = props.getProperty('className', '')
def kindIsValid = kind ==~ /[A-Za-z][A-Za-z0-9_-]*/
def keywords = ['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const',
        'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto',
        'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package',
        'private', 'protected', 'public', 'return', 'short', 'static', 'strictfp', 'super', 'switch',
        'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void', 'volatile', 'while', 'true',
        'false', 'null', 'var', 'record', 'yield', 'sealed', 'permits']
if (kindIsValid && (!(className ==~ /[A-Za-z_][A-Za-z0-9_]*/) || className in keywords)) { // else derived from the bad kind
    problems << "className '" + className + "' is not a Java class name (-DclassName=XyzSource)."
}

def pkg = props.getProperty('package', '')
if (!pkg.split('\\.', -1).every { it ==~ /[A-Za-z_][A-Za-z0-9_]*/ && !(it in keywords) }) {
    problems << "package '" + pkg + "' is not a Java package name (it defaults to the groupId; set" +
            " -Dpackage=com.acme.drivers)."
}

if (!problems.isEmpty()) {
    projectDir.deleteDir()
    throw new IllegalArgumentException("driverkit-archetype: " + problems.join(" ") +
            " Nothing was generated (" + projectDir + " was removed).")
}

// Files that only some choices need.
if (!engines.contains('SPARK')) {
    new File(projectDir, 'src/test/resources/log4j2-test.properties').delete()
    def resources = new File(projectDir, 'src/test/resources')
    if (resources.isDirectory() && resources.list().length == 0) {
        resources.delete()
    }
}
