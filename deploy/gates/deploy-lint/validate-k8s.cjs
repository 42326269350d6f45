// Offline schema check of Kubernetes manifests: every document is validated against the JSON schema of its
// apiVersion/kind from the `kubernetes-models` package (generated from the Kubernetes OpenAPI spec): unknown
// apiVersion/kind, wrong types, bad enums/formats and missing required fields fail. Limitation: like the upstream
// schemas, it does not reject unknown field names (a misspelt optional field passes). kustomization.yaml is checked for its own keys and listed files.
// Usage: node validate-k8s.cjs FILE...   Exit 1 on any problem.
"use strict";
const fs = require("fs");
const path = require("path");
const YAML = require("yaml");

let problems = 0, checked = 0;
const fail = (where, msg) => { problems++; console.error(`  ERROR ${where}: ${msg}`); };

function modelFor(apiVersion, kind) {
  // "v1" -> kubernetes-models/v1/Kind ; "apps/v1" -> kubernetes-models/apps/v1/Kind
  const modulePath = `kubernetes-models/${apiVersion}/${kind}`;
  try { return require(modulePath)[kind]; } catch { return null; }
}

function checkKustomization(file, doc) {
  const known = new Set(["apiVersion", "kind", "namespace", "resources", "images", "labels", "commonLabels",
    "patches", "configMapGenerator", "secretGenerator", "namePrefix", "nameSuffix", "replicas", "components"]);
  for (const k of Object.keys(doc)) if (!known.has(k)) fail(file, `kustomization: unknown key '${k}'`);
  for (const r of doc.resources ?? []) {
    if (!fs.existsSync(path.join(path.dirname(file), r))) fail(file, `kustomization: resource '${r}' does not exist`);
  }
}

for (const file of process.argv.slice(2)) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"));
  docs.forEach((d, i) => {
    const where = `${file}#${i + 1}`;
    if (d.errors.length) { d.errors.forEach(e => fail(where, `YAML: ${e.message}`)); return; }
    const obj = d.toJS();
    if (obj == null) return;
    checked++;
    if (obj.kind === "Kustomization") { checkKustomization(file, obj); console.log(`  ok    ${where} Kustomization`); return; }
    if (!obj.apiVersion || !obj.kind) { fail(where, "apiVersion and kind are required"); return; }
    const Model = modelFor(obj.apiVersion, obj.kind);
    if (!Model) { fail(where, `no schema for ${obj.apiVersion} ${obj.kind} (unknown or removed API)`); return; }
    try {
      new Model(obj).validate();
      console.log(`  ok    ${where} ${obj.apiVersion} ${obj.kind} ${obj.metadata?.name ?? ""}`);
    } catch (e) {
      fail(where, `${obj.kind} ${obj.metadata?.name ?? ""}: ${e.message}`);
      for (const err of e.errors ?? []) console.error(`          ${err.instancePath || "/"} ${err.message}${err.params?.additionalProperty ? ` '${err.params.additionalProperty}'` : ""}`);
    }
  });
}
console.log(`k8s schema check: ${checked} document(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
