// The shared check of the generated project's shaded jar (../../verify-generated-project.groovy).
evaluate(new File(basedir, '../../verify-generated-project.groovy'))
