// The consumer's whole module declaration: one requires, no annotation modules.
module com.example {
  requires dev.edgewise.runbook;
}
