// Copies the README's quickstart into a consumer-check project, byte for byte, so that the code a
// newcomer reads is the code this check compiles. The snippet sits between two marker comments:
//   <!-- quickstart:begin -->  ```java ... ```  <!-- quickstart:end -->
// Also returns the README's expected-output block (between quickstart-output markers).

def section(String text, String name) {
    def begin = "<!-- ${name}:begin -->"
    def end = "<!-- ${name}:end -->"
    int from = text.indexOf(begin)
    int to = text.indexOf(end)
    if (from < 0 || to < from) {
        throw new IllegalStateException("README.md has no '${begin}' ... '${end}' section")
    }
    def block = text.substring(from + begin.length(), to)
    int open = block.indexOf('```')
    int bodyStart = block.indexOf('\n', open) + 1
    int close = block.lastIndexOf('```')
    if (open < 0 || close <= open) {
        throw new IllegalStateException("README.md section ${name} holds no fenced code block")
    }
    return block.substring(bodyStart, close)
}

def text = new File(readme).getText('UTF-8').replace('\r\n', '\n')
def code = section(text, 'quickstart')
def target = new File(basedir, 'src/main/java/com/example/Quickstart.java')
target.parentFile.mkdirs()
target.setText(code, 'UTF-8')
new File(basedir, 'expected-output.txt').setText(section(text, 'quickstart-output'), 'UTF-8')
return true
