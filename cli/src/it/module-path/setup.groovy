// The quickstart comes from README.md; see ../extract-quickstart.groovy.
return evaluate(new File(itSources, 'extract-quickstart.groovy'))
