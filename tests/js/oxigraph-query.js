// ncgkg tests: answer a SPARQL query with Oxigraph, an independent engine.
//   node oxigraph-query.js QUERY.rq DATA...   (Turtle .ttl, N-Triples .nt,
//   N-Quads .nq, RDF/XML .rdf); prints SPARQL 1.1 Query Results JSON.
// The data goes into one graph, the default one, as in Jena's arq --data.
"use strict";
const fs = require("fs");
const path = require("path");
const oxigraph = require("oxigraph");

const FORMATS = {
  ".ttl": "text/turtle", ".nt": "application/n-triples",
  ".nq": "application/n-quads", ".rdf": "application/rdf+xml",
};
const [queryFile, ...data] = process.argv.slice(2);
if (!queryFile || data.length === 0) {
  process.stderr.write("usage: node oxigraph-query.js QUERY.rq DATA...\n");
  process.exit(2);
}
const store = new oxigraph.Store();
for (const file of data) {
  const format = FORMATS[path.extname(file)];
  if (!format) {
    process.stderr.write(`${file}: unknown RDF syntax\n`);
    process.exit(2);
  }
  store.load(fs.readFileSync(file, "utf8"), {
    format,
    base_iri: "file://" + path.resolve(file),
    to_graph_name: oxigraph.defaultGraph(),
  });
}
const query = fs.readFileSync(queryFile, "utf8");
process.stdout.write(store.query(query, { results_format: "application/sparql-results+json" }));
process.stdout.write("\n");
