// The quickstart ran (exec plugin, process-classes phase) and printed exactly the block README.md
// shows under "It prints:", line for line and in one piece.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
def expected = new File(basedir, 'expected-output.txt').getText('UTF-8').replace('\r\n', '\n')
if (expected.trim().isEmpty() || !log.contains(expected)) {
    throw new AssertionError("The quickstart did not print the README's output block:\n" + expected)
}
return true
