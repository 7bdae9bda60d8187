// The README's ./edgewise script starts cli/target/edgewise.jar and passes on the exit code.
def script = new File(repository, 'edgewise').canonicalPath

def run(String script, List<String> args) {
    def process = (['sh', script] + args).execute()
    def out = new StringBuilder()
    def err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    return [code: process.exitValue(), out: out.toString(), err: err.toString()]
}

def check(boolean ok, String what, Map r) {
    if (!ok) {
        throw new AssertionError("${what}\nexit ${r.code}\nstdout:\n${r.out}\nstderr:\n${r.err}")
    }
}

def added = run(script, ['address', 'bob(contoso.com)@msn.com'])
check(added.code == 0 && added.out.contains('sip:bob(contoso.com)@msn.com'), 'address: exit 0 and the IM address', added)

def skypeName = run(script, ['address', '--json', 'live:bob_1984'])
check(skypeName.code == 1 && skypeName.out.contains('"kind": "skype-name"'), 'address --json of a Skype name: exit 1', skypeName)

def typo = run(script, ['adress', 'bob@contoso.com'])
check(typo.code == 2 && typo.err.contains('Did you mean') && !typo.err.contains('\tat '), 'a mistyped command: exit 2, a suggestion, no stack trace', typo)

def version = run(script, ['--version'])
check(version.code == 0 && version.out.startsWith('edgewise '), '--version', version)
return true
